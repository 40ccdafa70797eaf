type Props = { id: string; text: string };

/** A name in running text. The button opens its card: natively on click (no script needed),
 *  and on hover and focus through CardHost. */
export default function NameRef({ id, text }: Props) {
  return (
    <button type="button" className="name-ref" popoverTarget={`card-${id}`} data-card="">
      {text}
    </button>
  );
}
