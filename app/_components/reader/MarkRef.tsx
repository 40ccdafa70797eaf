import type { Mark } from '@/lib/content/annotate';

type Props = { mark: Mark };

/** A name or term in running text. The button opens its card: natively on click (no script
 *  needed), and on hover and focus through CardHost, which also lights up the buttons with
 *  the same target in the paragraph's other languages. Kept lean: there are hundreds. */
export default function MarkRef({ mark }: Props) {
  return (
    <button type="button" className={`${mark.kind}-ref`} popoverTarget={`${mark.kind}-${mark.id}`}>
      {mark.text}
    </button>
  );
}
