import type { LexiconEntry } from '@/lib/content/schema';
import { romanizeChinese } from '@/lib/romanize/chinese';
import { romanizeKorean } from '@/lib/romanize/korean';

/** A lexicon entry with what the site computes from it at build time. */
export type Term = LexiconEntry & {
  /** Pinyin of the Chinese term, with tone marks. */
  pinyin: string;
  /** Revised Romanization of the Korean term (review shows it with the answer). */
  rr: string;
  /** Text forms to mark in each language. */
  match: { en: string[]; ko: string[]; zh: string[] };
};

/** The text forms an entry marks in each language: its headword and forms in English, its
 *  Korean and Chinese forms (the term itself when none are listed). */
export function matchForms(entry: LexiconEntry): Term['match'] {
  return {
    en: [entry.en, ...entry.forms],
    ko: entry.ko.forms ?? [entry.ko.term],
    zh: entry.zh.forms ?? [entry.zh.term],
  };
}

export function toTerm(entry: LexiconEntry): Term {
  return {
    ...entry,
    pinyin: romanizeChinese(entry.zh.term.replace(/……/g, ' … ')).replace(/\s+/g, ' ').trim(),
    rr: romanizeKorean(entry.ko.term),
    match: matchForms(entry),
  };
}

/** An English form written in capitals (THAAD, ICBM, FTA) matches by case; words do not. */
export const isAcronym = (form: string) => /^[A-Z0-9.\-]{2,}s?$/.test(form) && /[A-Z]{2}/.test(form);
