'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { SELECTOR } from '@/lib/reader/dom';
import * as ruby from './rubyStore';
import type { Lang } from '@/lib/content/langs';
import * as assign from '@/app/_components/assign/assignStore';
import LangToggles from './LangToggles';
import { getServerSnapshot, getSnapshot, setParagraph, subscribe } from './showStore';

type Props = {
  /** The paragraph's id: its <section>, rendered on the server around these controls. */
  id: string;
  label: string;
  names: Record<Lang, string>;
  /** Label of the phone-width button that shows the paragraph's glossary; none without one. */
  glossaryLabel?: string;
  /** Text of the button that shows pinyin and romanization above the text. */
  rubyLabel: string;
  /** Label of the button that marks the paragraph read in an assignment. */
  markReadLabel: string;
};

/** Sets an attribute of the paragraph's section; `undefined` removes it. */
function attribute(section: HTMLElement, name: string, value: string | undefined) {
  if (value === undefined) section.removeAttribute(name);
  else if (section.getAttribute(name) !== value) section.setAttribute(name, value);
}

// The paragraph's text, notes and glossary are static HTML in its <section> (Paragraph.tsx);
// these controls only set the section's attributes, which the CSS reads.
export default function ParagraphControls({ id, label, names, glossaryLabel, markReadLabel, rubyLabel }: Props) {
  const state = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const [glossaryOpen, setGlossaryOpen] = useState(false);
  const task = useSyncExternalStore(assign.subscribe, assign.getSnapshot, assign.getServerSnapshot);
  const rubyState = useSyncExternalStore(ruby.subscribe, ruby.getSnapshot, ruby.getServerSnapshot);
  const rubyOn = ruby.isOn(rubyState, id);
  const rubyHtml = rubyOn ? rubyState?.data?.[id] : undefined;
  const controls = useRef<HTMLDivElement>(null);
  const own = state?.paras[id];
  const n = Number(id.slice(1));
  const assigned = !task?.assignment.paras || task.assignment.paras.includes(n);
  const read = task?.read.includes(n) ?? false;
  const hidden = !assigned && !task?.showAll;
  useEffect(() => {
    const section = controls.current?.closest<HTMLElement>(SELECTOR.para);
    if (!section) return;
    attribute(section, 'data-show', own?.join(' '));
    attribute(section, 'data-gloss', glossaryOpen ? '' : undefined);
    attribute(section, 'data-read', read ? '' : undefined);
    section.hidden = hidden;
  }, [own, glossaryOpen, read, hidden]);
  useEffect(() => {
    const section = controls.current?.closest<HTMLElement>(SELECTOR.para);
    if (section) ruby.applyRuby(section, rubyHtml);
  }, [rubyHtml]);
  return (
    <div className="para-controls" ref={controls}>
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
  );
}
