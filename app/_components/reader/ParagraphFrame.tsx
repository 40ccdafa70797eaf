'use client';

import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import * as ruby from './rubyStore';
import type { Lang } from '@/lib/content/langs';
import * as assign from '@/app/_components/assign/assignStore';
import { LANGS } from '@/lib/content/langs';
import * as speech from './speech';
import LangToggles from './LangToggles';
import { getServerSnapshot, getSnapshot, setParagraph, subscribe } from './showStore';

type Props = {
  id: string;
  label: string;
  names: Record<Lang, string>;
  /** Label of the phone-width button that shows the paragraph's glossary; none without one. */
  glossaryLabel?: string;
  /** Text of the button that shows pinyin and romanization above the text. */
  rubyLabel: string;
  /** Text of the listen buttons, before the language's name: "Listen · Korean". */
  listenText: string;
  /** Label of the button that marks the paragraph read in an assignment. */
  markReadLabel: string;
  /** The paragraph number link, rendered on the server. */
  anchor: ReactNode;
  /** The paragraph's text, notes and glossary: static HTML, rendered at build time. */
  html: string;
};

export default function ParagraphFrame({ id, label, names, glossaryLabel, markReadLabel, rubyLabel, listenText, anchor, html }: Props) {
  const state = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const [glossaryOpen, setGlossaryOpen] = useState(false);
  const task = useSyncExternalStore(assign.subscribe, assign.getSnapshot, assign.getServerSnapshot);
  const voiced = useSyncExternalStore(speech.subscribe, speech.getLangs, speech.getServerLangs);
  const speaking = useSyncExternalStore(speech.subscribe, speech.getSpeaking, () => null);
  const rubyState = useSyncExternalStore(ruby.subscribe, ruby.getSnapshot, ruby.getServerSnapshot);
  const rubyOn = ruby.isOn(rubyState, id);
  const rubyHtml = rubyOn ? rubyState?.data?.[id] : undefined;
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (section.current) ruby.applyRuby(section.current, rubyHtml);
  }, [rubyHtml]);
  const own = state?.paras[id];
  const shown = own ?? state?.global ?? [];
  const listen = LANGS.filter((l) => shown.includes(l) && voiced.split(' ').includes(l));
  const n = Number(id.slice(1));
  const assigned = !task?.assignment.paras || task.assignment.paras.includes(n);
  const read = task?.read.includes(n) ?? false;
  return (
    <section
      ref={section}
      id={id}
      // j and k move focus here (ReaderKeys).
      tabIndex={-1}
      className="para"
      data-show={own?.join(' ')}
      data-gloss={glossaryOpen ? '' : undefined}
      data-read={read ? '' : undefined}
      data-speaking={speaking?.startsWith(`${id}:`) ? '' : undefined}
      hidden={!assigned && !task?.showAll}
    >
      <div className="para-head">
        {anchor}
        <div className="para-controls">
          <LangToggles
            label={label}
            names={names}
            shown={own ?? state?.global ?? null}
            onChange={(langs) => setParagraph(id, langs)}
            allowed={assign.allowedLangs(task)}
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
          <button
            type="button"
            className="pill ruby-toggle"
            aria-pressed={rubyState ? rubyOn : false}
            onClick={() => ruby.setParagraph(id, !rubyOn)}
          >
            {rubyLabel}
          </button>
          {task && assigned && (
            <button type="button" className="mark-read" aria-pressed={read} onClick={() => assign.setRead(n, !read)}>
              {markReadLabel}
            </button>
          )}
        </div>
      </div>
      {/* Not hydrated, not repeated in the page's payload as elements: see lib/html.ts. */}
      <div className="para-content" dangerouslySetInnerHTML={{ __html: html }} />
      {listen.length > 0 && (
        <div className="listen">
          {listen.map((lang) => (
            <button
              key={lang}
              type="button"
              className="pill"
              aria-pressed={speaking === `${id}:${lang}`}
              onClick={(e) => {
                // The block on screen: Chinese may be showing in Traditional characters.
                const blocks = [...(e.currentTarget.closest('section')?.querySelectorAll<HTMLElement>(`.para-body > .lb-${lang}`) ?? [])];
                const block = blocks.find((b) => b.offsetParent !== null) ?? blocks[0];
                if (block?.textContent) speech.speak(`${id}:${lang}`, lang, block.textContent, block.lang === 'zh-Hant');
              }}
            >
              {listenText} · {names[lang]}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
