import type { SavedWord } from '../lib/words/store';

/**
 * "summit" saved from its definition in the first paragraph of the sample article, as My words
 * stores it (lib/words/store.ts): the saved word the unit and end-to-end tests of My words and
 * the review share. A test that needs another sentence or a link spreads this and says so.
 */
export const SUMMIT: SavedWord = {
  key: 'term:summit',
  en: 'summit',
  ko: '정상회담',
  hanja: '頂上會談',
  zh: '首脑会晤',
  pinyin: 'shǒunǎo huìwù',
  sentence: 'They sought to mend ties ahead of an upcoming summit between their leaders.',
  sentenceLang: 'en',
  form: 'summit',
  savedAt: '2026-11-27T10:00:00.000Z',
};
