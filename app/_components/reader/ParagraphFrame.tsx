'use client';

import { useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Lang } from '@/lib/content/langs';
import LangToggles from './LangToggles';
import { getServerSnapshot, getSnapshot, setParagraph, subscribe } from './showStore';

type Props = {
  id: string;
  label: string;
  names: Record<Lang, string>;
  /** Label of the phone-width button that shows the paragraph's glossary; none without one. */
  glossaryLabel?: string;
  /** The paragraph number link, rendered on the server. */
  anchor: ReactNode;
  children: ReactNode;
};

export default function ParagraphFrame({ id, label, names, glossaryLabel, anchor, children }: Props) {
  const state = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const [glossaryOpen, setGlossaryOpen] = useState(false);
  const own = state?.paras[id];
  return (
    <section id={id} className="para" data-show={own?.join(' ')} data-gloss={glossaryOpen ? '' : undefined}>
      <div className="para-head">
        {anchor}
        <div className="para-controls">
          <LangToggles
            label={label}
            names={names}
            shown={own ?? state?.global ?? null}
            onChange={(langs) => setParagraph(id, langs)}
          />
          {glossaryLabel && (
            <button
              type="button"
              className="gloss-toggle"
              aria-expanded={glossaryOpen}
              aria-controls={`${id}-gloss`}
              onClick={() => setGlossaryOpen(!glossaryOpen)}
            >
              {glossaryLabel}
            </button>
          )}
        </div>
      </div>
      {children}
    </section>
  );
}
