import { LANGS, type Lang } from '@/lib/content/langs';
import {
  isRecord,
  parseVersioned,
  readStored,
  writeStored,
  type StoredProblem,
  type VersionedFormat,
} from '@/lib/versioned';
import { parseWords, WORDS_FORMAT, type SavedWord } from '@/lib/words/store';

/**
 * Review of My words: the deck and its schedule as stored on this device. Pure functions
 * without the scheduler, so that the header's due count (ReviewLink) can read the stored
 * `due` dates without loading ts-fsrs; lib/review/schedule.ts grades a card with it.
 *
 * Every saved word (lib/words/store.ts, the one list of saved words) is one card per
 * direction the learner practises. A card that was never graded is new, and due now.
 */
export const REVIEW_KEY = 'review';
export const REVIEW_VERSION = 2;
export const DECK_FILE_FORMAT = 'trilingual-reader-deck';
/** An exported deck larger than this is not a deck (a few thousand words are ~2 MB). */
export const DECK_FILE_MAX_BYTES = 5_000_000;

export type Direction = `${Lang}-${Lang}`;
/** Every ordered pair of two different languages: en-ko, en-zh, ko-en, ko-zh, zh-en, zh-ko. */
export const DIRECTIONS = LANGS.flatMap((from) =>
  LANGS.filter((to) => to !== from).map((to) => `${from}-${to}` as Direction),
);
/** Until the learner chooses: each language once as the question and once as the answer. */
export const DEFAULT_DIRECTIONS: Direction[] = ['en-ko', 'ko-zh', 'zh-en'];

export const directionLangs = (d: Direction) => d.split('-') as [Lang, Lang];

/**
 * A ts-fsrs Card as JSON (its dates as ISO strings); `state` 0 new, 1 learning, 2 review, 3
 * relearning. Without the Card's `elapsed_days`, which ts-fsrs 5 works out again from
 * `last_review` at each review and drops in version 6 (version 1 stored it).
 */
export type StoredCard = {
  due: string;
  stability: number;
  difficulty: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: 0 | 1 | 2 | 3;
  last_review?: string;
};

export type ReviewState = {
  directions: Direction[];
  /** By card id (`cardId`): only the cards graded at least once. */
  cards: Record<string, StoredCard>;
};

export type LoadedReview = { state: ReviewState; problem: StoredProblem | null };

export const emptyReview = (): ReviewState => ({ directions: [...DEFAULT_DIRECTIONS], cards: {} });

/** `term:summit/en-ko`: the word's key (never contains a slash) and the direction. */
export const cardId = (key: string, direction: Direction) => `${key}/${direction}`;

const isDirection = (v: unknown): v is Direction => typeof v === 'string' && (DIRECTIONS as string[]).includes(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const CARD_ID = /^(term|name):[a-z0-9-]+\/(en|ko|zh)-(en|ko|zh)$/;

const CARD_NUMBERS = ['stability', 'difficulty', 'scheduled_days', 'learning_steps', 'reps', 'lapses'] as const;

function toCard(c: unknown): StoredCard | null {
  if (!isRecord(c) || !isDate(c.due) || !CARD_NUMBERS.every((k) => isCount(c[k]))) return null;
  if (c.state !== 0 && c.state !== 1 && c.state !== 2 && c.state !== 3) return null;
  if (c.last_review !== undefined && !isDate(c.last_review)) return null;
  const numbers = Object.fromEntries(CARD_NUMBERS.map((k) => [k, c[k]])) as Pick<
    StoredCard,
    (typeof CARD_NUMBERS)[number]
  >;
  return {
    due: c.due,
    ...numbers,
    state: c.state,
    ...(c.last_review !== undefined ? { last_review: c.last_review } : {}),
  };
}

/** Version 1's cards with the `elapsed_days` version 2 no longer keeps; anything else is left for `read` to judge. */
function withoutElapsedDays(data: unknown): unknown {
  if (!isRecord(data) || !isRecord(data.cards)) return data;
  const cards = Object.entries(data.cards).map(([id, card]) => {
    if (!isRecord(card)) return [id, card];
    const { elapsed_days: _, ...rest } = card;
    return [id, rest];
  });
  return { ...data, cards: Object.fromEntries(cards) };
}

/** The stored schedule (and a deck file's, lib/versioned.ts): bad directions and cards are left out and counted. */
export const REVIEW_FORMAT: VersionedFormat<ReviewState> = {
  version: REVIEW_VERSION,
  migrations: { 1: withoutElapsedDays },
  read: ({ directions, cards }) => {
    if (!Array.isArray(directions) || !isRecord(cards)) return null;
    let dropped = directions.some((d) => !isDirection(d)) ? 1 : 0;
    const out: Record<string, StoredCard> = {};
    for (const [id, value] of Object.entries(cards)) {
      const card = CARD_ID.test(id) ? toCard(value) : null;
      if (card && isDirection(id.split('/')[1])) out[id] = card;
      else dropped++;
    }
    return { value: { directions: [...new Set(directions.filter(isDirection))], cards: out }, dropped };
  },
};

/**
 * Reads the stored schedule. Nothing stored is an empty schedule with the default directions.
 * A newer version is left alone; unreadable data, or cards that cannot be read, are reported
 * (the readable part is kept) and left in storage until the learner starts the schedule over.
 */
export function parseReview(raw: string | null): LoadedReview {
  const { value, problem } = readStored(raw, REVIEW_FORMAT, emptyReview);
  return { state: value, problem };
}

export const serializeReview = (state: ReviewState) => writeStored(REVIEW_FORMAT, state);

export type ReviewCard = { id: string; word: SavedWord; direction: Direction; from: Lang; to: Lang };

/** The cards of the saved words in the chosen directions, word by word in the order they were saved. */
export function cardsOf(words: readonly SavedWord[], directions: readonly Direction[]): ReviewCard[] {
  const chosen = DIRECTIONS.filter((d) => directions.includes(d));
  return words.flatMap((word) =>
    chosen.map((direction) => {
      const [from, to] = directionLangs(direction);
      return { id: cardId(word.key, direction), word, direction, from, to };
    }),
  );
}

/** The cards due at `now`: new ones and those whose `due` has come, the longest overdue first, new ones last. */
export function dueCards(cards: readonly ReviewCard[], state: ReviewState, now: Date): ReviewCard[] {
  const at = (c: ReviewCard) => {
    const stored = state.cards[c.id];
    return stored ? Date.parse(stored.due) : Infinity;
  };
  return cards
    .map((card, order) => ({ card, order, due: at(card) }))
    .filter(({ due }) => due === Infinity || due <= now.getTime())
    .sort((a, b) => a.due - b.due || a.order - b.order)
    .map(({ card }) => card);
}

/** How many cards are due, from the stored strings alone (the header's count); null when either cannot be read. */
export function dueCount(wordsRaw: string | null, reviewRaw: string | null, now: Date): number | null {
  const words = parseWords(wordsRaw);
  const review = parseReview(reviewRaw);
  if (words.problem === 'newer' || review.problem === 'newer') return null;
  return dueCards(cardsOf(words.words, review.state.directions), review.state, now).length;
}

/** The earliest due date after `now` among the cards, for "next card due …". */
export function nextDue(cards: readonly ReviewCard[], state: ReviewState, now: Date): Date | undefined {
  const times = cards
    .map((c) => state.cards[c.id])
    .filter((s): s is StoredCard => s !== undefined)
    .map((s) => Date.parse(s.due))
    .filter((t) => t > now.getTime());
  return times.length ? new Date(Math.min(...times)) : undefined;
}

/**
 * The context sentence with the word cut out: the text before, the word, and after, or
 * undefined when the sentence does not contain the word (then showing it would give nothing
 * away, but would not help either). The form the learner met (`form`) is tried first, then
 * the word in the sentence's language.
 */
export function blankSentence(word: SavedWord): { before: string; blank: string; after: string } | undefined {
  if (!word.sentence) return undefined;
  const lang = word.sentenceLang === 'ko' ? 'ko' : word.sentenceLang?.startsWith('zh') ? 'zh' : 'en';
  const forms = [word.form, word[lang]].filter((f): f is string => !!f && f.trim().length > 0);
  const haystack = lang === 'en' ? word.sentence.toLowerCase() : word.sentence;
  for (const form of forms) {
    const at = haystack.indexOf(lang === 'en' ? form.toLowerCase() : form);
    if (at >= 0) {
      const end = at + form.length;
      return {
        before: word.sentence.slice(0, at),
        blank: word.sentence.slice(at, end),
        after: word.sentence.slice(end),
      };
    }
  }
  return undefined;
}

/** The deck as a file to move to another device: the saved words and their schedule. */
export function toDeckFile(words: readonly SavedWord[], state: ReviewState, now: Date): string {
  return `${JSON.stringify(
    { format: DECK_FILE_FORMAT, v: REVIEW_VERSION, exported: now.toISOString(), words, review: state },
    null,
    1,
  )}\n`;
}

export type DeckFileProblem = 'tooLarge' | 'notDeck' | 'newer' | 'damaged';
export type ParsedDeckFile =
  { ok: true; words: SavedWord[]; state: ReviewState } | { ok: false; problem: DeckFileProblem };

/** Reads an exported deck. Anything that is not wholly readable is refused: importing part of a file loses the rest silently. */
export function parseDeckFile(text: string): ParsedDeckFile {
  if (new Blob([text]).size > DECK_FILE_MAX_BYTES) return { ok: false, problem: 'tooLarge' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notDeck' };
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== DECK_FILE_FORMAT) {
    return { ok: false, problem: 'notDeck' };
  }
  // The schedule inside is read as a stored one of the file's version, so older files migrate.
  const { v, words: rawWords, review } = data as Record<string, unknown>;
  const read = parseVersioned(isRecord(review) ? { ...review, v } : { v }, REVIEW_FORMAT);
  if (!read.ok) return { ok: false, problem: read.problem === 'newer' ? 'newer' : 'damaged' };
  // The words are a bare list, as My words' version 0 stored them: they migrate as that does.
  const words = parseVersioned(rawWords, WORDS_FORMAT);
  if (!words.ok || words.dropped > 0 || read.dropped > 0) return { ok: false, problem: 'damaged' };
  return { ok: true, words: words.value, state: read.value };
}

const reviewedAt = (c: StoredCard) => (c.last_review ? Date.parse(c.last_review) : -Infinity);

/**
 * The deck on this device with an imported one: every word of either (this device's copy
 * where both have it), for each card the more recently reviewed schedule, and the directions
 * of both. Nothing on this device is dropped.
 */
export function mergeDecks(
  mine: { words: readonly SavedWord[]; state: ReviewState },
  theirs: { words: readonly SavedWord[]; state: ReviewState },
): { words: SavedWord[]; state: ReviewState; added: number } {
  const keys = new Set(mine.words.map((w) => w.key));
  const newWords = theirs.words.filter((w) => !keys.has(w.key));
  const cards = { ...mine.state.cards };
  for (const [id, card] of Object.entries(theirs.state.cards)) {
    const own = cards[id];
    if (!own || reviewedAt(card) > reviewedAt(own)) cards[id] = card;
  }
  const directions = DIRECTIONS.filter((d) => mine.state.directions.includes(d) || theirs.state.directions.includes(d));
  return { words: [...mine.words, ...newWords], state: { directions, cards }, added: newWords.length };
}
