import * as z from 'zod/mini';

// What the reader loads on demand for an assignment link: the parameter parser and the
// schema of the progress saved in localStorage (both need zod).
export { assignmentKey, parseAssignment } from './params';

const Progress = z.object({
  v: z.literal(1),
  read: z.array(z.number().check(z.int(), z.positive())),
  answers: z.record(z.string(), z.number().check(z.int(), z.nonnegative())),
  result: z.nullable(
    z.object({
      score: z.number(),
      total: z.number(),
      at: z.string(),
      graded: z.optional(z.array(z.object({ term: z.string(), correct: z.boolean() }))),
    }),
  ),
});
export type Progress = z.infer<typeof Progress>;

/** A student's saved progress, or null when there is none or it is unreadable (then ignored). */
export function loadProgress(key: string): Progress | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const parsed = Progress.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
