import { escapeHtml } from '@/lib/html';

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

export type Loaded = { words: SavedWord[]; problem: null | 'unreadable' | 'newer' };

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

/** Reads the stored words; version 0 (a bare array, before the format had a version) migrates. */
export function parseWords(raw: string | null): Loaded {
  if (raw === null) return { words: [], problem: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { words: [], problem: 'unreadable' };
  }
  const list = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && (data as { v?: unknown }).v === WORDS_VERSION
      ? (data as { words?: unknown }).words
      : undefined;
  if (
    data &&
    typeof data === 'object' &&
    !Array.isArray(data) &&
    typeof (data as { v?: unknown }).v === 'number' &&
    (data as { v: number }).v > WORDS_VERSION
  ) {
    return { words: [], problem: 'newer' };
  }
  if (!Array.isArray(list)) return { words: [], problem: 'unreadable' };
  const words = list.map(toWord);
  const valid = words.filter((w): w is SavedWord => w !== null);
  return { words: valid, problem: valid.length < words.length ? 'unreadable' : null };
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
    localStorage.setItem(WORDS_KEY, JSON.stringify({ v: WORDS_VERSION, words }));
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
