import { annotate, markSpans, type FormIndex } from '@/lib/content/annotate';
import { alignCoverage, DRAFT_WHY, type StoredAlignment } from '@/lib/content/align';
import { LANGS, type Lang } from '@/lib/content/langs';

// article:new's draft of a paragraph's phrase alignment (#16). Names and terms found in two
// languages or more anchor their phrases: those groups are as sure as the matching. The text
// between anchors is proposed by position and relative length and listed in `proposed` for a
// person to check; the schema refuses `proposed` in a published article.

/** How much of a paragraph the draft aligned with confidence (anchored) and how much it only proposed. */
export type AlignDraftReport = {
  paragraph: string;
  /** Shares of the characters (spaces excluded) in all three languages. */
  anchored: number;
  proposed: number;
  unaligned: number;
  /** Group numbers in the draft: anchored by a name or term, or proposed by position. */
  groups: { anchored: number[]; proposed: number[] };
};

type Span = { start: number; end: number; key: string };
type Piece = { start: number; end: number; key: string; anchored: boolean };

const WORD_LANGS: readonly Lang[] = ['en', 'ko'];
const letters = (s: string) => s.replace(/\s/g, '').length;
const hasLetter = (s: string) => /[\p{L}\p{N}]/u.test(s);

/** The names and terms marked in one language's text, each keyed by its kind and id. */
const marksIn = (text: string, lang: Lang, index: FormIndex): Span[] =>
  markSpans(annotate(text, lang, index)).map((m) => ({ start: m.start, end: m.end, key: `${m.kind}:${m.id}` }));

/**
 * The anchors: occurrences of one name or term in two languages or more, paired by their
 * relative position in the text (nearest first), English to Korean and Chinese, then
 * Korean to Chinese for what the English lacks. Each anchor's spans share one key.
 */
function anchorsOf(text: Record<Lang, string>, index: FormIndex): Record<Lang, Span[]> {
  const found = Object.fromEntries(LANGS.map((l) => [l, marksIn(text[l], l, index)])) as Record<Lang, Span[]>;
  const mid = (lang: Lang, s: Span) => (s.start + s.end) / 2 / text[lang].length;
  const keyOf = new Map<Span, string>();
  let n = 0;
  const pair = (a: Lang, b: Lang) => {
    const pairs = found[a].flatMap((x) =>
      found[b].filter((y) => y.key === x.key).map((y) => ({ x, y, d: Math.abs(mid(a, x) - mid(b, y)) })),
    );
    for (const { x, y } of pairs.sort((p, q) => p.d - q.d)) {
      const k = keyOf.get(x);
      // One occurrence of each language per anchor.
      if (keyOf.has(y) || (k && found[b].some((z) => keyOf.get(z) === k))) continue;
      const key = k ?? `${x.key}#${n++}`;
      keyOf.set(x, key);
      keyOf.set(y, key);
    }
  };
  pair('en', 'ko');
  pair('en', 'zh');
  pair('ko', 'zh');
  return Object.fromEntries(
    LANGS.map((l) => [l, found[l].filter((s) => keyOf.has(s)).map((s) => ({ ...s, key: keyOf.get(s)! }))]),
  ) as Record<Lang, Span[]>;
}

/**
 * Cuts one language's text into anchor phrases and the gaps between them. In English and
 * Korean an anchor takes in the rest of its word (particles and endings: 서울에서, Korea's)
 * and the space before it; a gap of punctuation alone rides with the phrase before it.
 */
function cut(text: string, lang: Lang, anchors: Span[]): Piece[] {
  const sorted = [...anchors].sort((x, y) => x.start - y.start);
  const pieces: Piece[] = [];
  let at = 0;
  sorted.forEach((a, i) => {
    const next = sorted[i + 1]?.start ?? text.length;
    let start = a.start;
    while (start > at && text[start - 1] === ' ') start--;
    let end = a.end;
    if (WORD_LANGS.includes(lang)) while (end < next && !/\s/.test(text[end]!)) end++;
    if (start > at) pieces.push({ start: at, end: start, key: '', anchored: false });
    pieces.push({ start, end, key: a.key, anchored: true });
    at = end;
  });
  if (at < text.length) pieces.push({ start: at, end: text.length, key: '', anchored: false });
  // A gap is cut after clause punctuation, so that each clause is proposed on its own.
  const split = pieces.flatMap((p) => {
    if (p.anchored) return [p];
    const out: Piece[] = [];
    let from = p.start;
    for (const m of text.slice(p.start, p.end).matchAll(/[,，、;；:：]/g)) {
      const end = p.start + m.index + 1;
      out.push({ ...p, start: from, end });
      from = end;
    }
    if (from < p.end) out.push({ ...p, start: from, end: p.end });
    return out;
  });
  // Punctuation and spaces alone join the phrase before them (or after, at the start).
  const merged: Piece[] = [];
  for (const p of split) {
    const prev = merged[merged.length - 1];
    if (!hasLetter(text.slice(p.start, p.end)) && prev) prev.end = p.end;
    else if (prev && !prev.anchored && !hasLetter(text.slice(prev.start, prev.end)))
      merged[merged.length - 1] = { ...p, start: prev.start };
    else merged.push({ ...p });
  }
  return merged;
}

/**
 * A draft alignment of one paragraph in three languages, or undefined when no two languages
 * share a name or term to anchor it. Each gap between anchors joins the English gap that
 * stands between the same anchors, or else the one its relative span (position and length)
 * overlaps most, or else the nearest; an English gap nothing joined goes with its neighbour,
 * and a gap left alone in its language is unaligned.
 */
export function draftAlignment(
  paragraph: string,
  text: Record<Lang, string>,
  index: FormIndex,
): { align: StoredAlignment; report: AlignDraftReport } | undefined {
  const anchors = anchorsOf(text, index);
  if (LANGS.every((l) => anchors[l].length === 0)) return undefined;

  const pieces = Object.fromEntries(LANGS.map((l) => [l, cut(text[l], l, anchors[l])])) as Record<Lang, Piece[]>;
  const rel = (lang: Lang, p: Piece) => [p.start / text[lang].length, p.end / text[lang].length] as const;
  for (const lang of LANGS) pieces[lang].forEach((p, i) => p.anchored || (p.key = `alone:${lang}:${i}`));
  const enGaps = pieces.en.filter((p) => !p.anchored);
  enGaps.forEach((p, i) => (p.key = `gap:${i}`));
  // The anchors on either side of a gap: a gap between the same anchors in two languages is
  // most likely the same stretch of meaning, whatever the word order around it.
  const sides = (lang: Lang, p: Piece) => {
    const i = pieces[lang].indexOf(p);
    return [pieces[lang][i - 1], pieces[lang][i + 1]].flatMap((x) => (x?.anchored ? [x.key] : []));
  };
  const joined = new Set<string>();
  for (const lang of ['ko', 'zh'] as const) {
    for (const p of pieces[lang].filter((x) => !x.anchored)) {
      const [s, e] = rel(lang, p);
      const around = sides(lang, p);
      let best: Piece | undefined;
      let bestScore = -Infinity;
      for (const g of enGaps) {
        const [gs, ge] = rel('en', g);
        const overlap = Math.min(e, ge) - Math.max(s, gs);
        const shared = sides('en', g).filter((k) => around.includes(k)).length;
        const score = shared * 10 + (overlap > 0 ? overlap : -Math.abs((s + e) / 2 - (gs + ge) / 2));
        if (score > bestScore) [best, bestScore] = [g, score];
      }
      if (best) {
        p.key = best.key;
        joined.add(best.key);
      }
    }
  }
  // An English gap nothing joined goes with the English gap before it (or after it).
  enGaps.forEach((g, i) => {
    if (joined.has(g.key)) return;
    const near = [...enGaps.slice(0, i).reverse(), ...enGaps.slice(i + 1)].find((x) => joined.has(x.key));
    if (near) g.key = near.key;
  });

  // Number the groups in English order (then Korean, Chinese); a key in one language only is unaligned.
  const langsOf = new Map<string, Set<Lang>>();
  for (const lang of LANGS)
    for (const p of pieces[lang]) langsOf.set(p.key, (langsOf.get(p.key) ?? new Set()).add(lang));
  const number = new Map<string, number>();
  for (const lang of LANGS) {
    for (const p of pieces[lang]) {
      if (p.key && langsOf.get(p.key)!.size >= 2 && !number.has(p.key)) number.set(p.key, number.size + 1);
    }
  }
  const unaligned: StoredAlignment['unaligned'][number][] = [];
  const phrases = (lang: Lang) =>
    pieces[lang].map((p) => {
      const t = text[lang].slice(p.start, p.end);
      const group = number.get(p.key) ?? 0;
      if (group === 0)
        unaligned.push({
          lang,
          text: t,
          why: DRAFT_WHY,
        });
      return [t, group] as [string, number];
    });
  const byLang = { en: phrases('en'), ko: phrases('ko'), zh: phrases('zh') };
  const proposed = [...number].filter(([k]) => k.startsWith('gap:')).map(([, g]) => g);
  const anchoredGroups = [...number].filter(([k]) => !k.startsWith('gap:')).map(([, g]) => g);
  const align: StoredAlignment = { ...byLang, unaligned, ...(proposed.length ? { proposed } : {}) };

  const total = LANGS.reduce((n, l) => n + letters(text[l]), 0);
  const share = (keep: (group: number) => boolean) =>
    LANGS.reduce((n, l) => n + byLang[l].reduce((m, [t, g]) => m + (keep(g) ? letters(t) : 0), 0), 0) / total;
  const inGroups = alignCoverage(align).all;
  const anchored = share((g) => anchoredGroups.includes(g));
  return {
    align,
    report: {
      paragraph,
      anchored,
      proposed: inGroups - anchored,
      unaligned: 1 - inGroups,
      groups: { anchored: anchoredGroups.sort((a, b) => a - b), proposed: proposed.sort((a, b) => a - b) },
    },
  };
}
