import type { Segment } from '@/lib/content/annotate';
import { html, type Html } from '@/lib/html';
import type { Phrase } from '@/lib/content/align';
import { phrased } from './align';
import { markRef } from './render';
// The Chinese romanizer's readings: pinyin-pro's with its corrections (朝鲜, 举行会谈, 地 read de).
import { readingsInContext } from '@/lib/romanize/chinese';
import { romanizeKorean } from '@/lib/romanize/korean';

// Pronunciation aids as ruby, computed when the site builds: pinyin over each Chinese
// character, read in the context of the whole paragraph, and Revised Romanization over each
// Korean word, with the sound changes inside the word (국민 → gungmin).

const rt = (base: string, reading: string) => html`<ruby>${base}<rt>${reading}</rt></ruby>`;
const ref = (s: Exclude<Segment, string>, inner: Html) => markRef(s.kind, s.id, inner);

/** Pinyin for every character of `segments`, read in context; '' for what is not Chinese. */
function readings(segments: readonly Segment[]): string[] {
  const text = segments.map((s) => (typeof s === 'string' ? s : s.text)).join('');
  // Without tone sandhi: 一 and 不 keep their own tones, as 现代汉语词典 and the glossary write them.
  return readingsInContext(text);
}

/**
 * Chinese with pinyin. `display` is the text to show, character for character the same
 * length as `segments` (the Traditional conversion): the readings come from the Simplified,
 * so Traditional text keeps the right ones. With `phrases` (cut from `display`), each phrase
 * is in its span, as in the text without ruby.
 */
export function chineseRuby(
  segments: readonly Segment[],
  display: readonly Segment[] = segments,
  phrases?: readonly Phrase[],
): Html {
  const read = readings(segments);
  let at = 0;
  const piece = (text: string) =>
    [...text].map((ch) => {
      const r = read[at++] ?? '';
      return r ? rt(ch, r) : ch;
    });
  return phrased(
    display,
    phrases,
    (run) => html`${run.map((s) => (typeof s === 'string' ? piece(s) : ref(s, html`${piece(s.text)}`)))}`,
  );
}

const koPiece = (text: string) =>
  text.split(/([가-힣]+)/).map((part, i) => (i % 2 === 1 ? rt(part, romanizeKorean(part)) : part));

/** Korean with the romanization of each word above it; with `phrases`, in phrase spans. */
export function koreanRuby(segments: readonly Segment[], phrases?: readonly Phrase[]): Html {
  return phrased(
    segments,
    phrases,
    (run) => html`${run.map((s) => (typeof s === 'string' ? koPiece(s) : ref(s, html`${koPiece(s.text)}`)))}`,
  );
}
