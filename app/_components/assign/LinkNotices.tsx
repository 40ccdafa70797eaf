import type { Messages } from '@/global';
import type { Notice } from '@/lib/assign/types';
import { fill } from '@/lib/i18n/fill';

type Props = {
  notices: Notice[];
  title: string;
  /** How a parameter is named, and why it was left out. */
  names: Pick<Messages['Assign'], 'params' | 'reasons'>;
  className: string;
};

/** What an assignment link asked for and did not get, with why: in the reader's banner and on
 *  the worksheet. Nothing when the link was sound. */
export default function LinkNotices({ notices, title, names, className }: Props) {
  if (notices.length === 0) return null;
  return (
    <div className={className} role="status">
      <p>{title}</p>
      <ul>
        {notices.map((n) => (
          <li key={`${n.param}-${n.reason}`}>{fill(names.reasons[n.reason], { param: names.params[n.param] })}</li>
        ))}
      </ul>
    </div>
  );
}
