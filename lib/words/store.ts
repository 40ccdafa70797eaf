import { escapeHtml } from '@/lib/html';
import { readStored, writeStored, type StoredProblem, type VersionedFormat } from '@/lib/versioned';

/**
 * Saved words, kept in this browser only (localStorage), versioned so a later format can
 * migrate the old one. Unreadable or foreign data is reported, never thrown, and left in
 * place until the learner clears it: nothing is lost by a bug or a newer version.
 */
export const WORDS_KEY = 'words';
export const WORDS_VERSION = 1;

export type SavedWord = {
  /** `term:summit` or `name:busan`. */
  key: string;
  en: string;
  ko: string;
  hanja?: string;
  zh: string;
  pinyin: string;
  /** The sentence it was saved from, and its language (en, ko or zh-Hans). */
  sentence?: string;
  sentenceLang?: string;
  /** The word as it stands in that sentence (`summits`, `정상회담을`), to blank it in review. */
  form?: string;
  /** Link back to the paragraph: /en/articles/slug#p3. */
  href?: string;
  savedAt: string;
};

export type Loaded = { words: SavedWord[]; problem: StoredProblem | null };

const str = (v: unknown): v is string => typeof v === 'string' && v.length <= 2000;

function toWord(v: unknown): SavedWord | null {
  if (!v || typeof v !== 'object') return null;
  const w = v as Record<string, unknown>;
  if (![w.key, w.en, w.ko, w.zh, w.pinyin, w.savedAt].every(str)) return null;
  if (!/^(term|name):[a-z0-9-]+$/.test(w.key as string)) return null;
  const optional = (k: string) => (str(w[k]) ? { [k]: w[k] as string } : {});
  // Links only within the site: a stored javascript: URL must never become a link.
  const href = str(w.href) && /^\/(en|ko|zh)\/articles\/[a-z0-9-]+#p\d+$/.test(w.href) ? { href: w.href } : {};
  return {
    key: w.key as string,
    en: w.en as string,
    ko: w.ko as string,
    zh: w.zh as string,
    pinyin: w.pinyin as string,
    savedAt: w.savedAt as string,
    ...optional('hanja'),
    ...optional('sentence'),
    ...optional('sentenceLang'),
    ...optional('form'),
    ...href,
  };
}

/** The stored list: version 0 was a bare list, before the format had a version. */
export const WORDS_FORMAT: VersionedFormat<SavedWord[]> = {
  version: WORDS_VERSION,
  migrations: { 0: (data) => (Array.isArray(data) ? { words: data } : undefined) },
  read: ({ words: list }) => {
    if (!Array.isArray(list)) return null;
    const value = list.map(toWord).filter((w): w is SavedWord => w !== null);
    return { value, dropped: list.length - value.length };
  },
};

/** Reads the stored words (lib/versioned.ts: older versions migrate, newer or damaged ones are reported). */
export function parseWords(raw: string | null): Loaded {
  const { value, problem } = readStored(raw, WORDS_FORMAT, () => []);
  return { words: value, problem };
}

export function loadWords(): Loaded {
  try {
    return parseWords(localStorage.getItem(WORDS_KEY));
  } catch {
    return { words: [], problem: null };
  }
}

/** Writes the list; false when storage refused (full or blocked). */
export function storeWords(words: SavedWord[]): boolean {
  try {
    localStorage.setItem(WORDS_KEY, writeStored(WORDS_FORMAT, { words }));
    return true;
  } catch {
    return false;
  }
}

const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the Hangul). */
export function toCsv(words: SavedWord[], origin: string): string {
  const head = ['english', 'korean', 'hanja', 'chinese', 'pinyin', 'sentence', 'link', 'saved_at'];
  const rows = words.map((w) =>
    [w.en, w.ko, w.hanja ?? '', w.zh, w.pinyin, w.sentence ?? '', w.href ? origin + w.href : '', w.savedAt]
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[head.join(','), ...rows].join('\r\n')}\r\n`;
}

const ankiField = (s: string) => s.replace(/[\t\r\n]+/g, ' ');

/**
 * An Anki import file: tab-separated, one note per line, with Anki's header lines. Front: the
 * English and the sentence it was met in. Back: Korean (with Hanja), Chinese and pinyin.
 * Tags: trilingual-reader. Fields are HTML (Anki's "Allow HTML"), so text is escaped.
 */
export function toAnki(words: SavedWord[]): string {
  const lines = words.map((w) => {
    const front = `${escapeHtml(w.en)}${w.sentence ? `<br><small>${escapeHtml(w.sentence)}</small>` : ''}`;
    const back = `${escapeHtml(w.ko)}${w.hanja ? ` (${escapeHtml(w.hanja)})` : ''}<br>${escapeHtml(w.zh)} ${escapeHtml(w.pinyin)}`;
    return [front, back, 'trilingual-reader'].map(ankiField).join('\t');
  });
  return `${['#separator:tab', '#html:true', '#columns:Front\tBack\tTags', '#tags column:3', ...lines].join('\n')}\n`;
}
