import { useEffect, useState } from 'react';
import type { Messages } from '@/global';
import { copyStatus, useClipboard } from '@/app/_components/ui/useClipboard';

type Props = {
  /** The assignment link, absolute; empty until the page knows its origin. */
  link: string;
  /** The same link within the site, and the worksheet's. */
  reader: string;
  worksheet: string;
  /** Why there is no link yet; empty when there is one. */
  problems: string[];
  labels: Messages['Teach'];
};

/** The assignment: its link to copy, the student view, the worksheet, and a QR code for the projector. */
export default function ResultSection({ link, reader, worksheet, problems, labels }: Props) {
  // A changed link is not "copied" any more.
  const clipboard = useClipboard();
  const [qr, setQr] = useState('');
  const valid = problems.length === 0;

  useEffect(() => {
    if (!link || !valid) return;
    let live = true;
    // The QR encoder loads with the first link, not with the page. It is CommonJS: its
    // functions are on the default export (esbuild gives a chunk no named exports for them).
    import('qrcode')
      .then(({ default: QR }) => QR.toString(link, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }))
      .then((svg) => live && setQr(svg))
      .catch(() => live && setQr(''));
    return () => {
      live = false;
    };
  }, [link, valid]);

  const status = copyStatus(clipboard.stateOf(link), labels);

  return (
    <section className="builder-result" aria-labelledby="builder-result">
      <h2 id="builder-result">{labels.result}</h2>
      {valid ? (
        <>
          <label htmlFor="builder-link">{labels.link}</label>
          <input
            id="builder-link"
            className="link-field"
            type="text"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="builder-actions">
            <button type="button" className="pill primary" onClick={() => clipboard.copy(link)}>
              {labels.copy}
            </button>
            <a className="pill" href={reader}>
              {labels.open}
            </a>
            <a className="pill" href={worksheet}>
              {labels.worksheet}
            </a>
          </div>
          <p role="status" className="copy-status">
            {status}
          </p>
          <div className="qr" role="img" aria-label={labels.qr} dangerouslySetInnerHTML={{ __html: qr }} />
        </>
      ) : (
        <ul className="form-error" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
