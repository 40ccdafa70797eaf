'use client';

import { useEffect, useRef, useSyncExternalStore } from 'react';
import { SELECTOR } from '@/lib/reader/dom';
import type { Lang } from '@/lib/content/langs';
import { LANGS } from '@/lib/content/langs';
import * as speech from './speech';
import { getServerSnapshot, getSnapshot, subscribe } from './showStore';

type Props = {
  id: string;
  names: Record<Lang, string>;
  /** Text of the listen buttons, before the language's name: "Listen · Korean". */
  listenText: string;
};

// One "Listen" button per language shown, when the device has a voice for it. The
// paragraph's section is marked while it is read aloud.
export default function ParagraphListen({ id, names, listenText }: Props) {
  const state = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const voiced = useSyncExternalStore(speech.subscribe, speech.getLangs, speech.getServerLangs);
  const speaking = useSyncExternalStore(speech.subscribe, speech.getSpeaking, () => null);
  const root = useRef<HTMLDivElement>(null);
  const shown = state?.paras[id] ?? state?.global ?? [];
  const listen = LANGS.filter((l) => shown.includes(l) && voiced.split(' ').includes(l));
  const mine = speaking?.startsWith(`${id}:`) ?? false;
  useEffect(() => {
    const section = root.current?.closest<HTMLElement>(SELECTOR.para);
    if (section) section.toggleAttribute('data-speaking', mine);
  }, [mine]);
  return (
    <div className="listen" ref={root} hidden={listen.length === 0}>
      {listen.map((lang) => (
        <button
          key={lang}
          type="button"
          className="pill"
          aria-pressed={speaking === `${id}:${lang}`}
          onClick={(e) => {
            // The block on screen: Chinese may be showing in Traditional characters.
            const blocks = [
              ...(e.currentTarget
                .closest<HTMLElement>(SELECTOR.para)
                ?.querySelectorAll<HTMLElement>(SELECTOR.block(lang)) ?? []),
            ];
            const block = blocks.find((b) => b.offsetParent !== null) ?? blocks[0];
            if (block?.textContent) speech.speak(`${id}:${lang}`, lang, block.textContent, block.lang === 'zh-Hant');
          }}
        >
          {listenText} · {names[lang]}
        </button>
      ))}
    </div>
  );
}
