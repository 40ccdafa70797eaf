import { isAcronym } from '@/lib/terms/lexicon';
import { Matcher, type Match } from '@/lib/terms/match';
import type { ArticleTerms, Lang } from './schema';

/** A text block cut into plain strings and marked spans: registered names and lexicon terms. */
export type Mark = { kind: 'name' | 'term'; id: string; text: string };
export type Segment = string | Mark;

type Value = { kind: Mark['kind']; id: string };
export type FormIndex = Record<Lang, Matcher<Value>>;

type Indexed = {
  kind: Mark['kind'];
  id: string;
  forms: Record<Lang, string[]>;
  caseSensitive: (form: string) => boolean;
};

/** One matcher per language over every entry's forms. */
function indexForms(entries: Indexed[]): FormIndex {
  const build = (lang: Lang) =>
    new Matcher(
      entries.flatMap((entry) =>
        entry.forms[lang].map((text) => ({
          text,
          value: { kind: entry.kind, id: entry.id },
          caseSensitive: entry.caseSensitive(text),
        })),
      ),
    );
  return { en: build('en'), ko: build('ko'), zh: build('zh') };
}

/**
 * The one index of what the site marks: registered names first, so that a name wins over a
 * term for the same text (THAAD), then lexicon terms, whose English acronyms match by case.
 */
export function indexMarks({
  names = [],
  terms = [],
}: {
  names?: readonly { id: string; forms: Record<Lang, string[]> }[];
  terms?: readonly { id: string; match: Record<Lang, string[]> }[];
}): FormIndex {
  return indexForms([
    ...names.map((n) => ({ kind: 'name' as const, id: n.id, forms: n.forms, caseSensitive: () => true })),
    ...terms.map((t) => ({ kind: 'term' as const, id: t.id, forms: t.match, caseSensitive: isAcronym })),
  ]);
}

const LETTER = /[\p{L}\p{N}]/u;
const HANGUL = /[가-힣]/;

// English forms must stand as words (Xi, not Xin). Korean forms may take particles after
// them (중국의) but must not end another word (방중); Chinese has no word boundaries.
function boundaryCheck(text: string, lang: Lang, suppressed: Set<string>) {
  return ({ start, end }: Match<Value>) => {
    if (suppressed.has(text.slice(start, end))) return false;
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    if (lang === 'en') return !LETTER.test(before) && !LETTER.test(after);
    if (lang === 'ko') return !HANGUL.test(before);
    return true;
  };
}

/**
 * Marks names and terms in `text`. The longest match wins; where a name and a term cover the
 * same text the name wins, as it is listed first. `suppressed` holds surface texts an
 * article's terms.json says are wrong matches there.
 */
export function annotate(text: string, lang: Lang, index: FormIndex, suppressed = new Set<string>()): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const m of index[lang].find(text, boundaryCheck(text, lang, suppressed))) {
    if (m.start > at) segments.push(text.slice(at, m.start));
    segments.push({ kind: m.value.kind, id: m.value.id, text: text.slice(m.start, m.end) });
    at = m.end;
  }
  if (at < text.length) segments.push(text.slice(at));
  return segments;
}

/** Marks terms.json asks for that the matcher cannot find, at their first place in the text. */
export function forceMarks(segments: Segment[], marks: ArticleTerms['mark']): Segment[] {
  let out = segments;
  for (const m of marks) {
    const i = out.findIndex((s) => typeof s === 'string' && s.includes(m.text));
    const s = out[i];
    if (typeof s !== 'string') continue; // content:check reports marks whose text is not there
    const at = s.indexOf(m.text);
    const mark: Segment = m.term
      ? { kind: 'term', id: m.term, text: m.text }
      : { kind: 'name', id: m.name!, text: m.text };
    const parts: Segment[] = [s.slice(0, at), mark, s.slice(at + m.text.length)].filter((p) => p !== '');
    out = [...out.slice(0, i), ...parts, ...out.slice(i + 1)];
  }
  return out;
}

/** Where each mark of a cut text stands: its offsets in the text, with its kind, id and text. */
export function markSpans(segments: readonly Segment[]): (Mark & { start: number; end: number })[] {
  const out: (Mark & { start: number; end: number })[] = [];
  let at = 0;
  for (const s of segments) {
    const len = (typeof s === 'string' ? s : s.text).length;
    if (typeof s !== 'string') out.push({ ...s, start: at, end: at + len });
    at += len;
  }
  return out;
}
