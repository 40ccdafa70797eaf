// Phrase alignment (#16): a paragraph's text in each language cut into phrases, and the
// phrases grouped across the languages into units of meaning. The rules here are pure
// functions over parsed data: schema.ts runs them on every paragraph (so the loader and
// content:check refuse a broken alignment), and content:check prints the coverage. No zod
// here, so that the reader's islands may import the types.
import { LANGS, type Lang } from './langs';
import type { StoredAlignment } from './schema';

export type { StoredAlignment };
/** One phrase as article.json stores it: its text and its group (0 = deliberately unaligned). */
export type StoredPhrase = StoredAlignment['en'][number];

/** The `why` article:new gives a phrase it found no counterpart for; a person must replace it. */
export const DRAFT_WHY = 'article:new found no counterpart: give it a group or say why it has none';

/** One phrase as the reader sees it. */
export type Phrase = { text: string; group: number };
/** A paragraph's alignment as the reader sees it (group 0 = unaligned). */
export type Alignment = Record<Lang, Phrase[]>;

/** The loaded shape: phrases as objects, editors' notes left out. */
export const toAlignment = (align: StoredAlignment): Alignment =>
  Object.fromEntries(LANGS.map((lang) => [lang, align[lang].map(([text, group]) => ({ text, group }))])) as Alignment;

/** One broken rule: the path inside the paragraph's `align`, what is wrong, how to fix it. */
export type AlignIssue = { path: (string | number)[]; message: string; fix: string };

const show = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 37)}…` : s);

/**
 * The structural rules of an alignment against its paragraph's text: the phrases tile each
 * language's text exactly; groups are numbered 1..N in the order they first appear in the
 * English (groups the English lacks follow, in the order they first appear in the Korean, then
 * the Chinese); every group is in at least two languages; every group-0 phrase is listed in
 * `unaligned` with why, and every `unaligned` entry is a group-0 phrase.
 */
export function alignIssues(align: StoredAlignment, text: Partial<Record<Lang, string>>): AlignIssue[] {
  const issues: AlignIssue[] = [];

  for (const lang of LANGS) {
    const own = text[lang];
    const joined = align[lang].map(([t]) => t).join('');
    if (own === undefined) {
      issues.push({
        path: [lang],
        message: `aligns ${lang} text the paragraph does not have`,
        fix: `add the ${lang} text or remove "align"`,
      });
      continue;
    }
    if (joined === own) continue;
    let at = 0;
    while (at < own.length && own[at] === joined[at]) at++;
    // The phrase where the two part ways.
    let start = 0;
    const i = align[lang].findIndex(([t]) => (start += t.length) > at);
    issues.push({
      path: i >= 0 ? [lang, i] : [lang],
      message: `the ${lang} phrases do not spell the paragraph's text: they part at character ${at + 1} (${show(own.slice(at, at + 12))} in the text, ${show(joined.slice(at, at + 12))} in the phrases)`,
      fix: `copy the ${lang} text into the phrases exactly; spaces and punctuation ride with a phrase`,
    });
  }

  // Numbering: English order first, then the groups the English lacks.
  const order: number[] = [];
  for (const lang of LANGS) for (const [, g] of align[lang]) if (g > 0 && !order.includes(g)) order.push(g);
  const wrong = order.findIndex((g, i) => g !== i + 1);
  if (wrong >= 0) {
    const lang = LANGS.find((l) => align[l].some(([, g]) => g === order[wrong]))!;
    issues.push({
      path: [lang, align[lang].findIndex(([, g]) => g === order[wrong])],
      message: `group ${order[wrong]} comes where group ${wrong + 1} should: groups are numbered 1, 2, 3 … in the order they first appear in the English`,
      fix: 'renumber the groups in English order (groups without English follow, in Korean then Chinese order)',
    });
  }

  for (const g of order) {
    const langs = LANGS.filter((l) => align[l].some(([, x]) => x === g));
    if (langs.length < 2) {
      const lang = langs[0]!;
      issues.push({
        path: [lang, align[lang].findIndex(([, x]) => x === g)],
        message: `group ${g} is only in the ${lang} text: a group joins phrases of at least two languages`,
        fix: 'give it its counterpart in another language, join it to a neighbouring group, or make it group 0 and list it in "unaligned"',
      });
    }
  }

  // Group 0 and the `unaligned` list name the same phrases.
  const listed = align.unaligned.map((u) => `${u.lang}\u0000${u.text}`);
  for (const lang of LANGS) {
    align[lang].forEach(([t, g], i) => {
      if (g === 0 && !listed.includes(`${lang}\u0000${t}`)) {
        issues.push({
          path: [lang, i],
          message: `the unaligned ${lang} phrase ${show(t)} is not listed in "unaligned"`,
          fix: 'list it in "unaligned" with its lang, its exact text and why it has no counterpart, or give it a group',
        });
      }
    });
  }
  align.unaligned.forEach((u, i) => {
    if (!align[u.lang].some(([t, g]) => g === 0 && t === u.text)) {
      issues.push({
        path: ['unaligned', i, 'text'],
        message: `"unaligned" lists ${show(u.text)}, which is not a group-0 phrase of the ${u.lang} text`,
        fix: 'copy the phrase exactly as it stands with group 0, or remove the entry',
      });
    }
  });
  return issues;
}

const letters = (s: string) => s.replace(/\s/g, '').length;

/** Coverage of one paragraph: the share of characters (spaces excluded) in groups, by language and in all. */
export type Coverage = Record<Lang | 'all', number>;

/** The one coverage figure: characters (spaces excluded) in a group, over all characters. */
export function alignCoverage(align: StoredAlignment): Coverage {
  const count = (lang: Lang): [number, number] => [
    align[lang].reduce((n, [t, g]) => n + (g > 0 ? letters(t) : 0), 0),
    align[lang].reduce((n, [t]) => n + letters(t), 0),
  ];
  const by = Object.fromEntries(LANGS.map((lang) => [lang, count(lang)])) as Record<Lang, [number, number]>;
  const share = ([inGroups, total]: [number, number]) => (total ? inGroups / total : 1);
  const sum = LANGS.reduce<[number, number]>((acc, l) => [acc[0] + by[l][0], acc[1] + by[l][1]], [0, 0]);
  return { en: share(by.en), ko: share(by.ko), zh: share(by.zh), all: share(sum) };
}

/**
 * The phrase boundaries of one language's phrases, as offsets in its text (without 0 and the
 * end): a marked name or term may not contain one.
 */
export function boundaries(phrases: readonly StoredPhrase[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const [t] of phrases.slice(0, -1)) out.push((at += t.length));
  return out;
}
