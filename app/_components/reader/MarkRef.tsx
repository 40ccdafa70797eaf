import type { Mark } from '@/lib/content/annotate';

type Props = { mark: Mark };

/** A name or term in running text. The button opens its card: natively on click (no script
 *  needed), and on hover and focus through CardHost, which also lights up the same name or
 *  term in the paragraph's other languages (data-ref). */
export default function MarkRef({ mark }: Props) {
  const ref = `${mark.kind}-${mark.id}`;
  return (
    <button type="button" className={`${mark.kind}-ref`} popoverTarget={ref} data-card="" data-ref={ref}>
      {mark.text}
    </button>
  );
}
