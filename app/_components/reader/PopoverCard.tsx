import type { ReactNode } from 'react';

type Props = { id: string; closeLabel: string; children: ReactNode };

/** A card (name or term) as a native popover: opened by the buttons whose popovertarget is
 *  `id` (MarkRef), labelled by the heading `${id}-title` its body renders. */
export default function PopoverCard({ id, closeLabel, children }: Props) {
  return (
    <div id={id} popover="auto" role="dialog" aria-labelledby={`${id}-title`} className="card">
      {children}
      <button type="button" className="card-close" popoverTarget={id} popoverTargetAction="hide">
        {closeLabel}
      </button>
    </div>
  );
}
