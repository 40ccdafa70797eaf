'use client';

import { useSyncExternalStore } from 'react';
import type { Lang } from '@/lib/content/schema';
import LangToggles from './LangToggles';
import { getServerSnapshot, getSnapshot, setGlobal, subscribe } from './showStore';

type Props = { label: string; names: Record<Lang, string> };

export default function LanguageBar({ label, names }: Props) {
  const state = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  return (
    <div className="language-bar">
      <span className="bar-label" aria-hidden="true">
        {label}
      </span>
      <LangToggles label={label} names={names} shown={state?.global ?? null} onChange={setGlobal} />
    </div>
  );
}
