import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { StoredCard } from './deck';

/**
 * The schedule of one card, by ts-fsrs (FSRS with its default parameters: 90 % retention,
 * learning steps of 1 and 10 minutes). The deck's stored form (lib/review/deck.ts) is the
 * library's Card with its dates as strings. Only the review page loads this module.
 */
const scheduler = fsrs({ enable_fuzz: true });

/** The grades, as the learner presses them: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export const GRADES = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const satisfies readonly Grade[];
export type GradeName = 'again' | 'hard' | 'good' | 'easy';
export const GRADE_NAMES: Record<Grade, GradeName> = {
  [Rating.Again]: 'again',
  [Rating.Hard]: 'hard',
  [Rating.Good]: 'good',
  [Rating.Easy]: 'easy',
};

const fromStored = (s: StoredCard): Card => ({
  ...s,
  // Not stored: ts-fsrs 5 works it out again from last_review at each review (and drops it in 6).
  elapsed_days: 0,
  due: new Date(s.due),
  last_review: s.last_review ? new Date(s.last_review) : undefined,
});

const toStored = (c: Card): StoredCard => ({
  due: c.due.toISOString(),
  stability: c.stability,
  difficulty: c.difficulty,
  scheduled_days: c.scheduled_days,
  learning_steps: c.learning_steps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state as StoredCard['state'],
  ...(c.last_review ? { last_review: c.last_review.toISOString() } : {}),
});

/** The card after the learner graded it at `now`; a card never graded starts empty. */
export function grade(stored: StoredCard | undefined, rating: Grade, now: Date): StoredCard {
  const card = stored ? fromStored(stored) : createEmptyCard(now);
  return toStored(scheduler.next(card, now, rating).card);
}

/** When the card would be due again after each grade, to show on the buttons. */
export function preview(stored: StoredCard | undefined, now: Date): Record<Grade, Date> {
  const card = stored ? fromStored(stored) : createEmptyCard(now);
  const all = scheduler.repeat(card, now);
  return Object.fromEntries(GRADES.map((g) => [g, all[g].card.due])) as Record<Grade, Date>;
}
