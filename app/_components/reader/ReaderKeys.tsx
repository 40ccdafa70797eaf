'use client';

import { useEffect, useRef } from 'react';
import { SELECTOR } from '@/lib/reader/dom';
import type { Messages } from '@/global';
import { LANGS } from '@/lib/content/langs';
import { savePosition } from '@/lib/reader/position';
import { toggleLang } from '@/lib/reader/show';
import * as assign from '@/app/_components/assign/assignStore';
import { getSnapshot, setParagraph } from './showStore';

type Props = { slug: string; glossaryHref: string; labels: Messages['Keys'] };

const typing = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

const visibleParagraphs = () => [...document.querySelectorAll<HTMLElement>(SELECTOR.para)].filter((p) => !p.hidden);

/** The paragraph the reader is at: the focused one, else the one in the address; none before
 *  the reader has moved (then j goes to the first paragraph on screen). */
function current(): HTMLElement | undefined {
  const paras = visibleParagraphs();
  const focused = document.activeElement?.closest<HTMLElement>(SELECTOR.para);
  if (focused && paras.includes(focused)) return focused;
  const id = location.hash.slice(1);
  return paras.find((p) => p.id === id);
}

const firstOnScreen = () => visibleParagraphs().find((p) => p.getBoundingClientRect().bottom > 80);

/**
 * Keyboard use of the reader (j/k, 1/2/3, g, ?), its help dialog, and remembering the
 * paragraph the reader got to, for "Continue reading" on the library page.
 */
export default function ReaderKeys({ slug, glossaryHref, labels }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const go = (para: HTMLElement) => {
      history.replaceState(history.state, '', `#${para.id}`);
      para.focus({ preventScroll: true });
      para.scrollIntoView({ block: 'start' });
      savePosition(slug, Number(para.id.slice(1)));
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      if (dialog.current?.open) return;
      const paras = visibleParagraphs();
      const here = current();
      const at = here ? paras.indexOf(here) : -1;
      if (e.key === 'j' || e.key === 'k') {
        const next = !here
          ? firstOnScreen()
          : paras[e.key === 'j' ? Math.min(at + 1, paras.length - 1) : Math.max(at - 1, 0)];
        if (next) go(next);
      } else if (e.key === '1' || e.key === '2' || e.key === '3') {
        const target = here ?? firstOnScreen();
        if (!target) return;
        const lang = LANGS[Number(e.key) - 1]!;
        const allowed = assign.allowedLangs(assign.getSnapshot());
        if (allowed && !allowed.includes(lang)) return;
        const state = getSnapshot();
        const next = toggleLang(state.paras[target.id] ?? state.global, lang);
        if (next) setParagraph(target.id, next);
      } else if (e.key === 'g') {
        location.assign(glossaryHref);
      } else if (e.key === '?') {
        dialog.current?.showModal();
      } else {
        return;
      }
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);

    // Remember the paragraph at the top of the screen as the reader scrolls.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const here = firstOnScreen();
        if (here && window.scrollY > 0) savePosition(slug, Number(here.id.slice(1)));
      }, 400);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', onScroll);
      clearTimeout(timer);
    };
  }, [slug, glossaryHref]);

  const keys: [string, string][] = [
    ['j', labels.next],
    ['k', labels.previous],
    ['1', labels.english],
    ['2', labels.korean],
    ['3', labels.chinese],
    ['g', labels.glossary],
    ['?', labels.help],
  ];
  return (
    <>
      <p className="keys-hint">
        <button type="button" className="pill" onClick={() => dialog.current?.showModal()}>
          {labels.open}
        </button>
      </p>
      <dialog ref={dialog} className="keys" aria-labelledby="keys-title">
        <h2 id="keys-title">{labels.title}</h2>
        <dl>
          {keys.map(([key, what]) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <p className="hint">{labels.note}</p>
        <form method="dialog">
          <button type="submit" className="pill primary">
            {labels.close}
          </button>
        </form>
      </dialog>
    </>
  );
}
