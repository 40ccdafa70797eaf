import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { parseReview, serializeReview } from '@/lib/review/deck';
import { grade, GRADES, preview } from '@/lib/review/schedule';

const NOW = new Date('2026-12-01T09:00:00.000Z');
const minutes = (from: Date, to: string) => (Date.parse(to) - from.getTime()) / 60_000;

describe('scheduling a card with ts-fsrs', () => {
  it('brings a new card back sooner the harder it was: Again, Hard, Good, Easy', () => {
    const due = GRADES.map((g) => minutes(NOW, grade(undefined, g, NOW).due));
    expect([...due].sort((a, b) => a - b)).toEqual(due);
    expect(new Set(due).size).toBe(4);
  });

  it('stores a card so that grading it again goes on from where it was', () => {
    // Three Good reviews, each when the card is due, through the stored form and through the
    // library's own Card: the same schedule (ts-fsrs seeds its fuzz from the card and the time).
    const scheduler = fsrs({ enable_fuzz: true });
    let own = createEmptyCard(NOW);
    let stored = undefined as ReturnType<typeof grade> | undefined;
    let at = NOW;
    for (let i = 0; i < 3; i++) {
      own = scheduler.next(own, at, Rating.Good).card;
      stored = parseReview(
        serializeReview({ directions: ['en-ko'], cards: { 'term:x/en-ko': grade(stored, Rating.Good, at) } }),
      ).state.cards['term:x/en-ko'];
      expect(stored?.due).toBe(own.due.toISOString());
      expect(stored?.reps).toBe(own.reps);
      at = own.due;
    }
  });

  it('counts a lapse when a learned card is forgotten', () => {
    let card = grade(undefined, Rating.Easy, NOW);
    card = grade(card, Rating.Again, new Date(card.due));
    expect(card.lapses).toBe(1);
  });

  it('previews the due date of each grade, as grading would set it', () => {
    const card = grade(undefined, Rating.Good, NOW);
    const at = new Date(card.due);
    const shown = preview(card, at);
    for (const g of [Rating.Again, Rating.Good] as const) expect(shown[g].toISOString()).toBe(grade(card, g, at).due);
  });
});
