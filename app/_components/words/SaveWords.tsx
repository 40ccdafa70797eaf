'use client';

import { useEffect, useState } from 'react';
import { SELECTOR } from '@/lib/reader/dom';
import { fill } from '@/lib/i18n/fill';
import { loadWords, storeWords, WORDS_KEY, type SavedWord } from '@/lib/words/store';
import { storedValueChanged } from '@/app/_components/islands/storedValue';
import { listen } from '@/app/_components/ui/listen';

type Props = { labels: { saved: string; removed: string; full: string; problem: string } };

const REF = SELECTOR.ref;

/** The sentence of a block's text around `ref`, in the block's language. */
function sentenceAround(ref: Element): { sentence: string; lang: string } | undefined {
  const block = ref.closest<HTMLElement>(SELECTOR.anyBlock);
  if (!block) return undefined;
  const lang = block.lang;
  const text = block.textContent ?? '';
  const range = document.createRange();
  range.setStart(block, 0);
  range.setEndBefore(ref);
  const at = range.toString().length;
  for (const { segment, index } of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) {
    if (at >= index && at < index + segment.length) return { sentence: segment.trim(), lang };
  }
  return undefined;
}

/**
 * The save buttons in the reader's cards (rendered as static HTML, lib/reader/render.ts):
 * shows which words are saved and saves or removes one, with the sentence it was met in.
 */
export default function SaveWords({ labels }: Props) {
  const [status, setStatus] = useState('');

  useEffect(() => {
    let lastRef: Element | null = null;
    const sync = () => {
      const saved = new Set(loadWords().words.map((w) => w.key));
      document.querySelectorAll<HTMLButtonElement>(SELECTOR.cardSave).forEach((b) => {
        b.setAttribute('aria-pressed', String(saved.has(b.dataset.key ?? '')));
      });
    };
    sync();
    const remember = (e: Event) => {
      const ref = (e.target as Element | null)?.closest?.(REF);
      if (ref) lastRef = ref;
    };
    const onClick = (e: MouseEvent) => {
      const button = (e.target as Element | null)?.closest?.<HTMLButtonElement>(SELECTOR.cardSave);
      if (!button) return;
      const { key, en, ko, hanja, zh, pinyin } = button.dataset;
      if (!key || !en || !ko || !zh || !pinyin) return;
      const { words, problem } = loadWords();
      // Never overwrite data this version cannot read: the words page explains and offers to clear.
      if (problem) return setStatus(labels.problem);
      const on = words.some((w) => w.key === key);
      let next: SavedWord[];
      if (on) next = words.filter((w) => w.key !== key);
      else {
        const card = button.closest(SELECTOR.card);
        const ref = lastRef && card && lastRef.getAttribute('popovertarget') === card.id ? lastRef : null;
        const found = ref ? sentenceAround(ref) : undefined;
        const para = ref?.closest(SELECTOR.para);
        next = [
          ...words,
          {
            key,
            en,
            ko,
            zh,
            pinyin,
            ...(hanja ? { hanja } : {}),
            ...(ref && found
              ? { sentence: found.sentence, sentenceLang: found.lang, form: ref.textContent ?? '' }
              : {}),
            ...(para ? { href: `${location.pathname}#${para.id}` } : {}),
            savedAt: new Date().toISOString(),
          },
        ];
      }
      if (!storeWords(next)) return setStatus(labels.full);
      storedValueChanged(WORDS_KEY);
      sync();
      setStatus(on ? fill(labels.removed, { word: en }) : labels.saved);
    };
    const stops = [
      listen(document, { focusin: remember, pointerover: remember, click: onClick }),
      // A card joins the page when first opened (CardHost): show its saved state as it opens.
      listen(document, { click: remember, beforetoggle: sync }, true),
      listen(window, { storage: sync }),
    ];
    return () => stops.forEach((stop) => stop());
  }, [labels]);

  return (
    <p className="visually-hidden" role="status">
      {status}
    </p>
  );
}
