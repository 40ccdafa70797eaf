import 'server-only';
import type { ReaderArticle } from '@/lib/content/load';
import type { QuizTerm } from './exercises';

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });
const LETTER = /[\p{L}\p{N}]/u;

/** Where `form` stands as a word in `text` (case-insensitive unless it is an acronym). */
function findForm(text: string, form: string): number {
  const hay = /[A-Z]{2}/.test(form) ? text : text.toLowerCase();
  const needle = /[A-Z]{2}/.test(form) ? form : form.toLowerCase();
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    if (!LETTER.test(text[at - 1] ?? '') && !LETTER.test(text[at + needle.length] ?? '')) return at;
  }
  return -1;
}

/**
 * Every term of the article with what the vocabulary check and the worksheet need, and in each
 * paragraph the first English sentence that uses it (longest form first: "top diplomats", not
 * "diplomats").
 */
export function quizTerms(article: ReaderArticle): QuizTerm[] {
  return article.terms.map((term) => {
    const forms = [...term.match.en].sort((a, b) => b.length - a.length);
    const found: NonNullable<QuizTerm['sentences']> = [];
    article.paragraphs.forEach((p, i) => {
      // The annotated text: a term marked in the text wins over a plain string search.
      const marked = p.segments.en.find((s) => typeof s !== 'string' && s.kind === 'term' && s.id === term.id);
      const candidates = marked && typeof marked !== 'string' ? [marked.text, ...forms] : forms;
      for (const { segment } of sentences.segment(p.text.en)) {
        for (const form of candidates) {
          const at = findForm(segment, form);
          if (at < 0) continue;
          found.push({
            paragraph: i + 1,
            before: segment.slice(0, at),
            answer: segment.slice(at, at + form.length),
            after: segment.slice(at + form.length).trimEnd(),
          });
          return;
        }
      }
    });
    return {
      id: term.id,
      en: term.en,
      pos: term.pos,
      def: term.def,
      ko: term.ko.term,
      ...(term.ko.hanja ? { hanja: term.ko.hanja } : {}),
      zh: term.zh.term,
      pinyin: term.pinyin,
      sentences: found,
    };
  });
}
