'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { useStoredValue, writeStoredValue } from '@/app/_components/islands/storedValue';
import { parseScript, SCRIPT_KEY, type Script } from '@/lib/reader/prefs';
import type { Lang } from '@/lib/content/langs';
import * as assign from '@/app/_components/assign/assignStore';
import LangToggles from './LangToggles';
import * as ruby from './rubyStore';
import { applyGlobal, enterArticle, getServerSnapshot, getSnapshot, setGlobal, subscribe } from './showStore';

type Props = { slug: string; label: string; names: Record<Lang, string>; traditional: string; pronunciation: string };

function applyScript(script: Script) {
  const html = document.documentElement;
  if (script === 'hant') {
    if (html.dataset.zh !== 'hant') html.dataset.zh = 'hant';
  } else delete html.dataset.zh;
}

export default function LanguageBar({ slug, label, names, traditional, pronunciation }: Props) {
  const rubyState = useSyncExternalStore(ruby.subscribe, ruby.getSnapshot, ruby.getServerSnapshot);
  useEffect(() => ruby.enterArticle(slug), [slug]);
  // Unknown until hydrated; the head script has already applied the stored choice.
  const storedScript = useStoredValue(SCRIPT_KEY);
  const script = storedScript === undefined ? null : parseScript(storedScript);
  const toggleScript = () => {
    const next: Script = script === 'hant' ? 'hans' : 'hant';
    writeStoredValue(SCRIPT_KEY, next);
    applyScript(next);
  };
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
      {/* Traditional characters, converted when the site was built (lang="zh-Hant"). */}
      <button
        type="button"
        className="pill ruby-toggle"
        aria-pressed={rubyState?.global ?? false}
        onClick={() => ruby.setGlobal(!rubyState?.global)}
      >
        {pronunciation}
      </button>
      <button type="button" className="pill script-toggle" aria-pressed={script === 'hant'} onClick={toggleScript}>
        {traditional}
      </button>
    </div>
  );
}
