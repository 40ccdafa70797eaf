import { fsrs, State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import {
  blankSentence,
  cardId,
  cardsOf,
  DECK_FILE_FORMAT,
  DEFAULT_DIRECTIONS,
  DIRECTIONS,
  dueCards,
  dueCount,
  emptyReview,
  mergeDecks,
  nextDue,
  parseDeckFile,
  parseReview,
  REVIEW_VERSION,
  serializeReview,
  toDeckFile,
  type ReviewState,
  type StoredCard,
} from '@/lib/review/deck';
import { grade, GRADES } from '@/lib/review/schedule';
import { WORDS_VERSION, type SavedWord } from '@/lib/words/store';
import { SUMMIT } from '@/tests/saved-words';

// A sentence that capitalises the word, for the blanking that ignores case.
const summit: SavedWord = { ...SUMMIT, sentence: 'They met ahead of an upcoming Summit between their leaders.' };
const wang: SavedWord = {
  key: 'name:wang-yi',
  en: 'Wang Yi',
  ko: '왕이',
  zh: '王毅',
  pinyin: 'Wáng Yì',
  sentence: '강경화 장관은 왕이 부장과 회담했다.',
  sentenceLang: 'ko',
  savedAt: '2026-11-27T10:01:00.000Z',
};

const NOW = new Date('2026-12-01T09:00:00.000Z');
/** A card as version 1 stored it (ts-fsrs 5.4.2's Card, with elapsed_days), after four reviews. */
const V1_CARD = {
  due: '2027-01-06T09:10:00.000Z',
  stability: 34.86621521,
  difficulty: 4.74371562,
  elapsed_days: 13,
  scheduled_days: 32,
  reps: 4,
  lapses: 0,
  learning_steps: 0,
  state: 2,
  last_review: '2026-12-05T09:10:00.000Z',
};
const { elapsed_days: _, ...V2_CARD } = V1_CARD;
/** A card as ts-fsrs leaves it after one grade at `at`. */
const graded = (at: Date, rating: 1 | 2 | 3 | 4 = 3): StoredCard => grade(undefined, rating, at);

describe('directions and cards', () => {
  it('offers every ordered pair of two languages', () => {
    expect(DIRECTIONS).toEqual(['en-ko', 'en-zh', 'ko-en', 'ko-zh', 'zh-en', 'zh-ko']);
  });

  it('makes one card per saved word and chosen direction, asking in the first language and answering in the second', () => {
    const cards = cardsOf([summit, wang], ['ko-zh', 'en-ko']);
    expect(cards.map((c) => [c.id, c.from, c.to])).toEqual([
      ['term:summit/en-ko', 'en', 'ko'],
      ['term:summit/ko-zh', 'ko', 'zh'],
      ['name:wang-yi/en-ko', 'en', 'ko'],
      ['name:wang-yi/ko-zh', 'ko', 'zh'],
    ]);
  });

  it('makes no cards when no direction is chosen', () => {
    expect(cardsOf([summit], [])).toEqual([]);
  });
});

describe('what is due', () => {
  const cards = cardsOf([summit, wang], ['en-ko']);

  it('counts a card never graded as due', () => {
    expect(dueCards(cards, emptyReview(), NOW).map((c) => c.id)).toEqual(['term:summit/en-ko', 'name:wang-yi/en-ko']);
  });

  it('leaves out a card until its due date, then puts the most overdue first', () => {
    const soon = graded(new Date(NOW.getTime() - 5 * 60_000)); // Good on a new card: due 10 minutes later
    const state: ReviewState = { directions: ['en-ko'], cards: { [cardId('term:summit', 'en-ko')]: soon } };
    expect(dueCards(cards, state, NOW).map((c) => c.id)).toEqual(['name:wang-yi/en-ko']);
    const later = new Date(Date.parse(soon.due) + 1000);
    expect(dueCards(cards, state, later).map((c) => c.id)).toEqual(['term:summit/en-ko', 'name:wang-yi/en-ko']);
    expect(nextDue(cards, state, NOW)?.toISOString()).toBe(soon.due);
  });

  it('counts due cards from the stored strings, as the header does', () => {
    const words = JSON.stringify({ v: WORDS_VERSION, words: [summit, wang] });
    const review = serializeReview({ directions: ['en-ko', 'zh-en'], cards: { 'term:summit/en-ko': graded(NOW) } });
    expect(dueCount(words, review, NOW)).toBe(3);
    expect(dueCount(words, null, NOW)).toBe(2 * DEFAULT_DIRECTIONS.length);
    expect(dueCount(null, null, NOW)).toBe(0);
    expect(dueCount(words, JSON.stringify({ v: REVIEW_VERSION + 1 }), NOW)).toBeNull();
  });
});

describe('the stored schedule', () => {
  const state: ReviewState = { directions: ['ko-zh'], cards: { 'term:summit/ko-zh': graded(NOW, 4) } };

  it('reads back what it wrote', () => {
    expect(parseReview(serializeReview(state))).toEqual({ state, problem: null });
  });

  it('starts with the default directions when nothing is stored', () => {
    expect(parseReview(null)).toEqual({ state: { directions: DEFAULT_DIRECTIONS, cards: {} }, problem: null });
  });

  it.each([
    '{not json',
    '"a string"',
    'null',
    '[1,2]',
    '{"v":2,"directions":"en-ko","cards":{}}',
    '{"directions":[]}',
    '{"v":"2","directions":[],"cards":{}}',
    '{"v":1.5,"directions":[],"cards":{}}',
  ])('reports %s as unreadable instead of throwing', (raw) => {
    expect(parseReview(raw)).toEqual({ state: emptyReview(), problem: 'unreadable' });
  });

  it('keeps the readable cards of a partly damaged schedule and says so', () => {
    const damaged = JSON.stringify({
      v: REVIEW_VERSION,
      directions: ['ko-zh', 'xx-yy'],
      cards: {
        ...state.cards,
        'term:thaad/en-ko': { ...state.cards['term:summit/ko-zh'], due: 'tomorrow' },
        '<img>/en-ko': state.cards['term:summit/ko-zh'],
      },
    });
    expect(parseReview(damaged)).toEqual({ state, problem: 'unreadable' });
  });

  it('leaves a newer version alone', () => {
    expect(parseReview(JSON.stringify({ v: REVIEW_VERSION + 1, anything: true })).problem).toBe('newer');
  });

  it('migrates version 1: the same schedule, without the elapsed_days ts-fsrs works out again', () => {
    const v1 = JSON.stringify({ v: 1, directions: ['en-ko', 'zh-en'], cards: { 'term:summit/en-ko': V1_CARD } });
    expect(parseReview(v1)).toEqual({
      state: { directions: ['en-ko', 'zh-en'], cards: { 'term:summit/en-ko': V2_CARD } },
      problem: null,
    });
  });

  it('writes the migrated schedule as the current version', () => {
    const { state } = parseReview(
      JSON.stringify({ v: 1, directions: ['en-ko'], cards: { 'term:summit/en-ko': V1_CARD } }),
    );
    expect(JSON.parse(serializeReview(state))).toEqual({
      v: 2,
      directions: ['en-ko'],
      cards: { 'term:summit/en-ko': V2_CARD },
    });
  });

  it('grades a migrated card exactly as ts-fsrs grades the card version 1 stored', () => {
    // ts-fsrs works elapsed_days out from last_review at each review: leaving it out changes no schedule.
    const stored = {
      ...V1_CARD,
      due: new Date(V1_CARD.due),
      last_review: new Date(V1_CARD.last_review),
      state: State.Review,
    };
    const { state } = parseReview(
      JSON.stringify({ v: 1, directions: ['en-ko'], cards: { 'term:summit/en-ko': V1_CARD } }),
    );
    const at = new Date('2027-01-09T08:00:00.000Z');
    for (const g of GRADES) {
      const own = fsrs({ enable_fuzz: true }).next(stored, at, g).card;
      const ours = grade(state.cards['term:summit/en-ko'], g, at);
      expect([ours.due, ours.stability, ours.difficulty, ours.scheduled_days]).toEqual([
        own.due.toISOString(),
        own.stability,
        own.difficulty,
        own.scheduled_days,
      ]);
    }
  });

  it('keeps the readable cards of a damaged version-1 schedule and says so', () => {
    const v1 = JSON.stringify({
      v: 1,
      directions: ['en-ko'],
      cards: { 'term:summit/en-ko': V1_CARD, 'term:thaad/en-ko': 'soon' },
    });
    expect(parseReview(v1)).toEqual({
      state: { directions: ['en-ko'], cards: { 'term:summit/en-ko': V2_CARD } },
      problem: 'unreadable',
    });
  });
});

describe('blanking the word in its sentence', () => {
  it('cuts out the form the learner met, whatever its case', () => {
    expect(blankSentence(summit)).toEqual({
      before: 'They met ahead of an upcoming ',
      blank: 'Summit',
      after: ' between their leaders.',
    });
  });

  it('falls back on the word in the sentence language when no form was kept', () => {
    expect(blankSentence(wang)).toEqual({ before: '강경화 장관은 ', blank: '왕이', after: ' 부장과 회담했다.' });
  });

  it('gives nothing when the sentence does not contain the word', () => {
    expect(blankSentence({ ...wang, sentence: '다른 문장이다.' })).toBeUndefined();
    expect(blankSentence({ ...summit, sentence: undefined })).toBeUndefined();
  });
});

describe('the deck file', () => {
  const state: ReviewState = { directions: ['en-zh'], cards: { 'term:summit/en-zh': graded(NOW) } };
  const file = toDeckFile([summit, wang], state, NOW);

  it('reads back the words and the schedule it exported', () => {
    expect(parseDeckFile(file)).toEqual({ ok: true, words: [summit, wang], state });
  });

  it('reads a deck file of version 1, migrating its schedule', () => {
    const v1 = JSON.stringify({
      format: DECK_FILE_FORMAT,
      v: 1,
      exported: '2026-12-05T10:00:00.000Z',
      words: [summit],
      review: { directions: ['en-ko'], cards: { 'term:summit/en-ko': V1_CARD } },
    });
    expect(parseDeckFile(v1)).toEqual({
      ok: true,
      words: [summit],
      state: { directions: ['en-ko'], cards: { 'term:summit/en-ko': V2_CARD } },
    });
  });

  it.each([
    ['not JSON', 'hello', 'notDeck'],
    ['another JSON file', JSON.stringify({ v: 1, words: [] }), 'notDeck'],
    ['a newer deck', JSON.stringify({ format: DECK_FILE_FORMAT, v: REVIEW_VERSION + 1 }), 'newer'],
    [
      'a deck without its schedule',
      JSON.stringify({ format: DECK_FILE_FORMAT, v: REVIEW_VERSION, words: [] }),
      'damaged',
    ],
    ['a deck with a bad word', file.replace('"term:summit"', '"<script>"'), 'damaged'],
    ['a deck with a bad card', file.replace(/"stability": [\d.]+/, '"stability": "high"'), 'damaged'],
    ['a file too large to be a deck', ' '.repeat(5_000_001), 'tooLarge'],
  ])('refuses %s', (_, text, problem) => {
    expect(parseDeckFile(text)).toEqual({ ok: false, problem });
  });
});

describe('importing a deck into this device', () => {
  const older = graded(new Date('2026-11-28T09:00:00.000Z'));
  const newer = graded(new Date('2026-11-30T09:00:00.000Z'));

  it("adds the new words, keeps this device's, and takes the more recent schedule of each card", () => {
    const merged = mergeDecks(
      { words: [summit], state: { directions: ['en-ko'], cards: { 'term:summit/en-ko': older } } },
      {
        words: [{ ...summit, en: 'SUMMIT' }, wang],
        state: { directions: ['zh-en'], cards: { 'term:summit/en-ko': newer, 'name:wang-yi/zh-en': older } },
      },
    );
    expect(merged).toEqual({
      words: [summit, wang],
      state: { directions: ['en-ko', 'zh-en'], cards: { 'term:summit/en-ko': newer, 'name:wang-yi/zh-en': older } },
      added: 1,
    });
  });

  it('keeps a card reviewed on this device more recently than in the file', () => {
    const merged = mergeDecks(
      { words: [summit], state: { directions: ['en-ko'], cards: { 'term:summit/en-ko': newer } } },
      { words: [summit], state: { directions: ['en-ko'], cards: { 'term:summit/en-ko': older } } },
    );
    expect(merged.state.cards['term:summit/en-ko']).toEqual(newer);
    expect(merged.added).toBe(0);
  });
});
