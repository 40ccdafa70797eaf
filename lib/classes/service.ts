import 'server-only';
import { randomUUID } from 'node:crypto';
import { getDb } from '@/lib/db';
import * as q from '@/lib/db/queries';
import type { ClassRow } from '@/lib/db/queries';
import { readAssignmentRef } from './articles';
import { generateCode } from './code';
import { buildDashboard } from './dashboard';
import type { SubmissionBody } from './input';
import { generateKey, hashKey, KEY_PATTERN, keyMatches } from './key';

// What the routes and the dashboard page do, between the validated input and lib/db. Each
// function opens the database through getDb(), whose failure the routes turn into a 503.

export async function createClass(input: { name: string; roster: string[] }): Promise<{ code: string; key: string }> {
  const db = await getDb();
  const key = generateKey();
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = generateCode();
    const created = await q.createClass(db, {
      id: randomUUID(),
      code,
      keyHash: hashKey(key),
      name: input.name,
      roster: input.roster,
      now: new Date().toISOString(),
    });
    if (created) return { code, key };
  }
  throw new Error('no free class code');
}

export async function classByCode(code: string): Promise<ClassRow | undefined> {
  return q.getClassByCode(await getDb(), code);
}

/** The class a teacher key opens; undefined for a wrong or deleted key alike. */
export async function classByKey(key: string): Promise<ClassRow | undefined> {
  if (!KEY_PATTERN.test(key)) return undefined;
  const row = await q.getClassByKeyHash(await getDb(), hashKey(key));
  return row && keyMatches(key, row.keyHash) ? row : undefined;
}

export type SubmitResult =
  { status: 'created' | 'duplicate' } | { status: 'not_found' } | { status: 'invalid'; fields: Record<string, string> };

export async function submit(body: SubmissionBody, cls: ClassRow): Promise<SubmitResult> {
  const ref = readAssignmentRef(body.assignment);
  if (!ref) return { status: 'invalid', fields: { assignment: 'invalid' } };
  const paragraphs = new Set(ref.article.paragraphs);
  if (body.paragraphsRead.some((id) => !paragraphs.has(id))) {
    return { status: 'invalid', fields: { paragraphsRead: 'invalid' } };
  }
  // Answers name the assignment's focus terms (the vocabulary check asks only those).
  const asked = new Set(ref.assignment.focus);
  if (body.answers.some((a) => !asked.has(a.term))) return { status: 'invalid', fields: { answers: 'invalid' } };
  const now = new Date().toISOString();
  const at = new Date(body.at).toISOString();
  const status = await q.recordSubmission(await getDb(), {
    id: body.id,
    classId: cls.id,
    assignment: { id: ref.id, slug: ref.slug, query: ref.query },
    student: body.student,
    paragraphsRead: [...new Set(body.paragraphsRead)],
    answers: body.answers,
    // The score is computed here from the answers, never taken from the device.
    correct: body.answers.filter((a) => a.correct).length,
    total: body.answers.length,
    // A device clock ahead of the server's cannot put a snapshot in the future.
    at: at > now ? now : at,
    now,
  });
  return { status };
}

export async function dashboard(cls: ClassRow) {
  return buildDashboard(cls, await q.getClassResults(await getDb(), cls.id));
}

export async function removeStudent(cls: ClassRow, studentId: string): Promise<number> {
  return q.deleteStudent(await getDb(), cls.id, studentId);
}

export async function removeClass(cls: ClassRow): Promise<void> {
  await q.deleteClass(await getDb(), cls.id);
}
