import { Matcher, type Match } from '@/lib/terms/match';
import type { Lang } from './schema';

/** A text block cut into plain strings and marked spans (a name now; terms later). */
export type Mark = { kind: 'name'; id: string; text: string };
export type Segment = string | Mark;

export type FormIndex = Record<Lang, Matcher<string>>;

/** Builds one matcher per language from each entry's forms. Names match by case. */
export function indexForms(entries: { id: string; forms: Record<Lang, string[]> }[]): FormIndex {
  const build = (lang: Lang) =>
    new Matcher(
      entries.flatMap((entry) => entry.forms[lang].map((text) => ({ text, value: entry.id, caseSensitive: true }))),
    );
  return { en: build('en'), ko: build('ko'), zh: build('zh') };
}

const LETTER = /[\p{L}\p{N}]/u;
const HANGUL = /[가-힣]/;

// English forms must stand as words (Xi, not Xin). Korean forms may take particles after
// them (중국의) but must not end another word (방중); Chinese has no word boundaries.
function boundaryCheck(text: string, lang: Lang) {
  return ({ start, end }: Match<string>) => {
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    if (lang === 'en') return !LETTER.test(before) && !LETTER.test(after);
    if (lang === 'ko') return !HANGUL.test(before);
    return true;
  };
}

export function annotate(text: string, lang: Lang, index: FormIndex): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const m of index[lang].find(text, boundaryCheck(text, lang))) {
    if (m.start > at) segments.push(text.slice(at, m.start));
    segments.push({ kind: 'name', id: m.value, text: text.slice(m.start, m.end) });
    at = m.end;
  }
  if (at < text.length) segments.push(text.slice(at));
  return segments;
}
