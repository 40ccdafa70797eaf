'use client';

import { useEffect, useSyncExternalStore } from 'react';
import type { Lang } from '@/lib/content/langs';
import * as assign from '@/app/_components/assign/assignStore';
import LangToggles from './LangToggles';
import {
  applyGlobal,
  enterArticle,
  getServerSnapshot,
  getSnapshot,
  setGlobal,
  subscribe,
} from './showStore';

type Props = { label: string; names: Record<Lang, string> };

export default function LanguageBar({ label, names }: Props) {
  const state = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const task = useSyncExternalStore(assign.subscribe, assign.getSnapshot, assign.getServerSnapshot);
  useEffect(enterArticle, []);
  useEffect(applyGlobal, []);
  return (
    <div className="language-bar">
      <span className="bar-label" aria-hidden="true">
        {label}
      </span>
      <LangToggles
        label={label}
        names={names}
        shown={state?.global ?? null}
        onChange={setGlobal}
        allowed={assign.allowedLangs(task)}
      />
    </div>
  );
}
