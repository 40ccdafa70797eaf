import type { Segment } from '@/lib/content/annotate';
import type { Alignment, Phrase } from '@/lib/content/align';
import { HTML_LANG, LANGS, type Lang } from '@/lib/content/langs';
import { attrs, html, type Html } from '@/lib/html';
import { CLASS } from './dom';

// Phrase alignment (#16) in the reader, all at build time: the phrase spans around the marked
// text, the word-order view and the plain text a learner copies. The browser only lights a
// group (PhraseHighlight) and copies the text (CopyAlignment).

const chars = (text: string) => [...text];
const textOf = (s: Segment) => (typeof s === 'string' ? s : s.text);

/** A run of segments that makes one phrase. */
export type PhraseRun = { group: number; segments: Segment[] };

/**
 * Cuts `segments` where the phrases end (lengths in code points, as the Traditional conversion
 * counts them). A plain string may be cut; a marked name or term never is (content:check keeps
 * marks inside phrases), and one that would be stops the build rather than lose its card.
 */
export function phraseRuns(segments: readonly Segment[], phrases: readonly Phrase[]): PhraseRun[] {
  const whole = segments.map(textOf).join('');
  const total = phrases.reduce((n, p) => n + chars(p.text).length, 0);
  if (chars(whole).length !== total) {
    throw new Error(
      `phrases (${total} characters) do not cover the text (${chars(whole).length}): ${whole.slice(0, 40)}`,
    );
  }
  const runs: PhraseRun[] = [];
  const queue = segments.map((s) => s);
  for (const phrase of phrases) {
    let left = chars(phrase.text).length;
    const run: Segment[] = [];
    while (left > 0) {
      const s = queue.shift()!;
      const cs = chars(textOf(s));
      if (cs.length <= left) {
        run.push(s);
        left -= cs.length;
      } else if (typeof s === 'string') {
        run.push(cs.slice(0, left).join(''));
        queue.unshift(cs.slice(left).join(''));
        left = 0;
      } else {
        throw new Error(`the ${s.kind} "${s.text}" crosses the end of the phrase "${phrase.text}"`);
      }
    }
    runs.push({ group: phrase.group, segments: run });
  }
  return runs;
}

/** A phrase in running text: inert without script; PhraseHighlight lights its group. Group 0
 *  (a word only one language has) is left unwrapped. */
export const phraseSpan = (group: number, inner: Html) =>
  group === 0 ? inner : html`<span class="${CLASS.phrase}" data-g="${group}">${inner}</span>`;

/** Renders `segments` phrase by phrase, in order (so a renderer that counts characters, as the
 *  pinyin ruby does, keeps its place), each phrase wrapped in its span. */
export function phrased(
  segments: readonly Segment[],
  phrases: readonly Phrase[] | undefined,
  render: (segments: readonly Segment[]) => Html,
): Html {
  if (!phrases) return render(segments);
  return html`${phraseRuns(segments, phrases).map((run) => phraseSpan(run.group, render(run.segments)))}`;
}

/** The Chinese phrases cut the same way from the Traditional text (the same length, character
 *  for character); undefined when the conversion changed the length. */
export function hantPhrases(zh: readonly Phrase[], hant: readonly Segment[]): Phrase[] | undefined {
  const text = chars(hant.map(textOf).join(''));
  let at = 0;
  const out = zh.map((p) => {
    const n = chars(p.text).length;
    const phrase = { text: text.slice(at, at + n).join(''), group: p.group };
    at += n;
    return phrase;
  });
  return at === text.length ? out : undefined;
}

export type WordOrderLabels = {
  /** The languages' names in the interface language. */
  names: Record<Lang, string>;
  /** Read out for a phrase only one language has (it shows no number). */
  unaligned: string;
  /** The interface language's HTML lang, for that text inside a row of another language. */
  lang: string;
};

/**
 * The word-order view of one paragraph: its three sentences stacked, each phrase with its
 * group's number as text, so the order can be compared at a glance and read by a screen reader.
 */
export function wordOrder(align: Alignment, labels: WordOrderLabels): Html {
  const rows = LANGS.map((lang) => {
    const phrases = align[lang].map(({ text, group }) => {
      const n =
        group === 0
          ? html`<span class="${CLASS.wordOrderN}" aria-hidden="true">–</span><span class="visually-hidden" lang="${labels.lang}">${labels.unaligned}</span>`
          : html`<span class="${CLASS.wordOrderN}">${group}</span>`;
      const cls =
        group === 0
          ? `${CLASS.wordOrderPhrase} ${CLASS.wordOrderPhrase}-0`
          : `${CLASS.phrase} ${CLASS.wordOrderPhrase}`;
      return html`<span${attrs({ class: cls, 'data-g': group === 0 ? undefined : group })}>${n} ${text.trim()}</span> `;
    });
    // The row's language is on its <dd>: one element per phrase fewer, on a page of hundreds.
    return html`<div class="${CLASS.wordOrderRow}"><dt>${labels.names[lang]}</dt><dd lang="${HTML_LANG[lang]}">${phrases}</dd></div>`;
  });
  return html`<dl class="${CLASS.wordOrderRows}">${rows}</dl>`;
}

/**
 * A paragraph's alignment as plain text for a worksheet, one line per language:
 * `English: [1 The top diplomats of South Korea and China] [2 held talks] …`. A phrase only one
 * language has stands unbracketed.
 */
export function alignmentText(align: Alignment, names: Record<Lang, string>): string {
  return LANGS.map(
    (lang) =>
      `${names[lang]}: ${align[lang].map(({ text, group }) => (group === 0 ? text.trim() : `[${group} ${text.trim()}]`)).join(' ')}`,
  ).join('\n');
}
