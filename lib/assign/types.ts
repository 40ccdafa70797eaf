import type { Lang } from '@/lib/content/langs';

// The assignment's shape, without the parser: the reader's islands import this at load time
// and the parser (lib/assign/params.ts) only when the URL carries an assignment.
export const PARAMS = ['show', 'paras', 'reveal', 'focus', 'title', 'note', 'due', 'class'] as const;
export type Param = (typeof PARAMS)[number];

export const LIMITS = { title: 120, note: 1000, focus: 20, paras: 200 } as const;

export type Assignment = {
  /** Languages shown at first; the reader's own choice when absent. */
  show?: Lang[];
  /** Whether students may reveal the languages not in `show`. */
  reveal: boolean;
  /** Assigned paragraph numbers (1-based, ascending); the whole article when absent. */
  paras?: number[];
  /** Lexicon ids of the focus terms, in the teacher's order. */
  focus: string[];
  title?: string;
  note?: string;
  /** YYYY-MM-DD. */
  due?: string;
  /** The class code (normalised, lib/classes/code.ts): the student's progress is sent to its teacher. */
  class?: string;
};

export type NoticeReason = 'invalid' | 'tooLong' | 'outOfRange' | 'unknown';
export type Notice = { param: Param; reason: NoticeReason };

/** What the parameters are checked against: the article they are applied to. */
export type AssignmentContext = { paragraphs: number; terms: ReadonlySet<string> };

/** Due dates are calendar days: formatted in UTC so no time zone moves them. */
export function formatDue(due: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${due}T00:00:00Z`));
}
