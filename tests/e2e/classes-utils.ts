import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext } from '@playwright/test';
import type { Submission } from '../../app/_components/classes/submissionQueue';

// Seeding classes through the API, as a teacher's and students' browsers would (same origin).

export const SLUG = 'korea-china-diplomats-talks';

export type QuizTerm = { id: string; en: string; ko: string; zh: string };

/** The article's terms as the vocabulary check gets them (the static JSON the reader fetches). */
export async function articleTerms(request: APIRequestContext, baseURL: string): Promise<QuizTerm[]> {
  const response = await request.get(`${baseURL}/api/articles/${SLUG}/terms`);
  expect(response.status()).toBe(200);
  return (await response.json()) as QuizTerm[];
}

export const sameOrigin = (baseURL: string) => ({ Origin: new URL(baseURL).origin });

export async function createClass(
  request: APIRequestContext,
  baseURL: string,
  body: { name: string; roster?: string[] } = { name: `Class ${randomUUID().slice(0, 8)}` },
): Promise<{ code: string; key: string }> {
  const response = await request.post(`${baseURL}/api/classes`, { data: body, headers: sameOrigin(baseURL) });
  expect(response.status()).toBe(201);
  return (await response.json()) as { code: string; key: string };
}

// The contract the student's page sends (POST /api/submissions), as the page's queue types it.
export type { Submission };

export const submission = (code: string, assignment: string, over: Partial<Submission> = {}): Submission => ({
  id: randomUUID(),
  code,
  student: { id: randomUUID(), name: 'Student' },
  assignment,
  paragraphsRead: ['p1'],
  at: new Date().toISOString(),
  ...over,
});

export async function submit(request: APIRequestContext, baseURL: string, body: Submission) {
  return request.post(`${baseURL}/api/submissions`, { data: body, headers: sameOrigin(baseURL) });
}
