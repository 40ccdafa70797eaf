'use client';

import { useSyncExternalStore, type ReactNode } from 'react';
import type { Lang } from '@/lib/content/langs';
import LangToggles from './LangToggles';
import { getServerSnapshot, getSnapshot, setParagraph, subscribe } from './showStore';

type Props = {
  id: string;
  label: string;
  names: Record<Lang, string>;
  /** The paragraph number link, rendered on the server. */
  anchor: ReactNode;
  children: ReactNode;
};

export default function ParagraphFrame({ id, label, names, anchor, children }: Props) {
  const state = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const own = state?.paras[id];
  return (
    <section id={id} className="para" data-show={own?.join(' ')}>
      <div className="para-head">
        {anchor}
        <LangToggles
          label={label}
          names={names}
          shown={own ?? state?.global ?? null}
          onChange={(langs) => setParagraph(id, langs)}
        />
      </div>
      {children}
    </section>
  );
}
