import { z } from 'zod';
import { isCode, normaliseCode } from './code';

// The request bodies of the classes routes, validated at the route (lib/classes/http.ts reads
// them with a size limit first). Names are plain text: control characters go, spaces collapse;
// they are only ever rendered as text.

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const text = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, 'empty').max(max, 'too_long'));

export const LIMITS = { className: 80, roster: 60, studentName: 40, assignment: 2000, answers: 200 } as const;

export const NewClassBody = z.strictObject({
  name: text(LIMITS.className),
  roster: z
    .array(text(LIMITS.studentName))
    .max(LIMITS.roster, 'too_many')
    .optional()
    .transform((names) => [...new Set(names ?? [])]),
});

export const Code = z
  .string()
  .max(20)
  .refine(isCode, 'invalid')
  .transform((c) => normaliseCode(c));

export const SubmissionBody = z.strictObject({
  id: z.uuid(),
  code: Code,
  student: z.strictObject({ id: z.uuid(), name: text(LIMITS.studentName) }),
  assignment: z.string().min(1).max(LIMITS.assignment),
  paragraphsRead: z.array(z.string().max(20)).max(500),
  answers: z
    .array(z.strictObject({ term: z.string().max(100), correct: z.boolean() }))
    .max(LIMITS.answers)
    .optional()
    .transform((a) => a ?? []),
  at: z.iso.datetime({ offset: true }),
});
export type SubmissionBody = z.infer<typeof SubmissionBody>;

/** Zod's issues as `{ "student.name": "too_long" }`: what the client shows next to a field. */
export function fieldsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const at = issue.path.join('.') || '_';
    fields[at] ??= issue.message.length <= 40 && /^[a-z_]+$/.test(issue.message) ? issue.message : issue.code;
  }
  return fields;
}
