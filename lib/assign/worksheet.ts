import type { Lang } from '@/lib/content/langs';
import { buildMatching, chooseSentences, seeded, shuffle, type QuizTerm, type Sentence } from './exercises';
import { assignmentKey } from './query';
import type { Assignment } from './types';

/**
 * The printable worksheet of an assignment, computed from the article and the assignment
 * (null for a link that assigns nothing): the paragraphs and languages to print, the glossary
 * terms, the matching exercise, the fill-in-the-blanks with their word box. Pure and
 * deterministic, like ./exercises.ts: the same link always prints the same worksheet. It runs
 * in the browser (the worksheet page is prerendered and reads its link there) and in tests.
 */

/** What the worksheet needs of a term: ./quizTerms.ts's data, with the Korean definition only. */
export type WorksheetTerm = Omit<QuizTerm, 'def' | 'pos'> & { def: Pick<QuizTerm['def'], 'ko'> };

export type WorksheetArticle = {
  slug: string;
  paragraphs: {
    id: string;
    text: Record<Lang, string>;
    /** Ids of the terms marked in it, in order. */ terms: string[];
  }[];
  terms: WorksheetTerm[];
};

/** Without focus terms, the glossary takes up to this many of the terms in the assigned paragraphs. */
export const MAX_TERMS_FROM_TEXT = 10;

export type Blank = { term: WorksheetTerm; sentence: Sentence };

export function worksheet(article: WorksheetArticle, assignment: Assignment | null) {
  const langs: Lang[] = assignment?.show ?? ['en'];
  const numbers = assignment?.paras ?? article.paragraphs.map((_, i) => i + 1);
  const paragraphs = numbers.flatMap((n) => {
    const p = article.paragraphs[n - 1];
    return p ? [{ n, p }] : [];
  });
  const byId = new Map(article.terms.map((term) => [term.id, term]));
  const chosen = assignment?.focus.flatMap((id) => byId.get(id) ?? []) ?? [];
  const fromText = chosen.length === 0;
  const focus = fromText
    ? [...new Set(paragraphs.flatMap(({ p }) => p.terms))]
        .slice(0, MAX_TERMS_FROM_TEXT)
        .flatMap((id) => byId.get(id) ?? [])
    : chosen;
  const seed = assignment ? assignmentKey(article.slug, assignment) : article.slug;
  const matching = buildMatching(focus, seed);
  const sentences = chooseSentences(focus, numbers);
  const blanks: Blank[] = focus.flatMap((term) => {
    const sentence = sentences.get(term.id);
    return sentence ? [{ term, sentence }] : [];
  });
  const bank = shuffle(
    blanks.map((b) => b.sentence.answer),
    seeded(`bank:${seed}`),
  );
  return { langs, paragraphs, focus, fromText, matching, blanks, bank };
}
