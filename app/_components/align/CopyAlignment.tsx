'use client';

import { copyStatus, useClipboard } from '@/app/_components/ui/useClipboard';

type Props = {
  /** The plain text to copy, computed when the site builds (lib/reader/align.ts). */
  text: string;
  label: string;
  copied: string;
  failed: string;
};

// Copies a paragraph (or the article) with its alignment as plain text for a worksheet. If the
// browser refuses the clipboard, the text is shown selected in a field, so nothing is lost.
export default function CopyAlignment({ text, label, copied, failed }: Props) {
  const { copy, stateOf } = useClipboard();
  const state = stateOf(text);
  return (
    <div className="copy-align">
      <button type="button" className="pill" onClick={() => copy(text)}>
        {label}
      </button>
      <p role="status" className="copy-status">
        {copyStatus(state, { copied, copyFailed: failed })}
      </p>
      {state === 'failed' && (
        <textarea
          className="copy-fallback"
          readOnly
          aria-label={label}
          value={text}
          rows={text.split('\n').length + 1}
          ref={(el) => el?.select()}
        />
      )}
    </div>
  );
}
