import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test as it, type APIRequestContext, type Page } from '@playwright/test';
import { fill } from '../../lib/i18n/fill';
import en from '../../messages/en.json' with { type: 'json' };
import ko from '../../messages/ko.json' with { type: 'json' };
import { articleTerms, createClass, sameOrigin, SLUG, submission, submit, type QuizTerm } from './classes-utils';

// The teacher's dashboard, seeded through the API: a class, two students of an assignment with
// two focus terms, one of whom missed the first term. Desktop only (playwright.config.ts).

type Seeded = { code: string; key: string; terms: QuizTerm[]; name: string; students: { id: string; name: string }[] };

async function seed(request: APIRequestContext, baseURL: string): Promise<Seeded> {
  const terms = (await articleTerms(request, baseURL)).slice(0, 2);
  const name = `Year 10 <b>${randomUUID().slice(0, 6)}</b>`;
  const { code, key } = await createClass(request, baseURL, { name, roster: ['Ana', 'Ben', 'Chloé'] });
  const assignment = `${SLUG}?paras=1-3&focus=${terms.map((t) => t.id).join(',')}`;
  const students = [
    { id: randomUUID(), name: 'Ana' },
    { id: randomUUID(), name: 'Ben' },
  ];
  const answers = [
    [
      { term: terms[0]!.id, correct: true },
      { term: terms[1]!.id, correct: true },
    ],
    [
      { term: terms[0]!.id, correct: false },
      { term: terms[1]!.id, correct: true },
    ],
  ];
  for (const [i, student] of students.entries()) {
    const body = submission(code, assignment, {
      student,
      paragraphsRead: ['p1', 'p2', 'p3'].slice(0, 3 - i),
      answers: answers[i],
    });
    expect((await submit(request, baseURL, body)).status()).toBe(201);
  }
  return { code, key, terms, name, students };
}

/** Seeds a class and opens its dashboard, as its teacher does, in `locale`. */
async function openDashboard(page: Page, request: APIRequestContext, baseURL: string, locale = 'en') {
  const s = await seed(request, baseURL);
  await page.goto(`/${locale}/classes/${s.key}`);
  return s;
}

it.describe('class dashboard', () => {
  it('shows each student with paragraphs read and score, and the most-missed term first', async ({
    page,
    request,
    baseURL,
  }) => {
    const s = await openDashboard(page, request, baseURL!);
    const t = en.Classes;
    await expect(page.getByRole('heading', { level: 1, name: s.name })).toBeVisible();
    const students = page.getByRole('table', { name: t.students });
    await expect(
      students.getByRole('row', {
        name: new RegExp(`Ana.*${fill(t.readOf, { read: 3, total: 3 })}.*${fill(t.scoreOf, { correct: 2, total: 2 })}`),
      }),
    ).toBeVisible();
    await expect(
      students.getByRole('row', {
        name: new RegExp(`Ben.*${fill(t.readOf, { read: 2, total: 3 })}.*${fill(t.scoreOf, { correct: 1, total: 2 })}`),
      }),
    ).toBeVisible();
    await expect(page.getByText(fill(t.notStarted, { names: 'Chloé' }))).toBeVisible();
    const first = page.getByRole('region', { name: t.questions }).getByRole('row').nth(1);
    await expect(first).toContainText(s.terms[0]!.en);
    await expect(first).toContainText(fill(t.missedOf, { missed: 1, answered: 2, percent: '50%' }));
  });

  it('shows the headline and texts in the interface language, terms in all three with their lang', async ({
    page,
    request,
    baseURL,
  }) => {
    const s = await openDashboard(page, request, baseURL!, 'ko');
    await expect(page.getByRole('table', { name: ko.Classes.students })).toBeVisible();
    await expect(page.locator(`[lang="ko"]`, { hasText: s.terms[0]!.ko }).first()).toBeVisible();
    await expect(page.locator(`[lang="zh-Hans"]`, { hasText: s.terms[0]!.zh }).first()).toBeVisible();
  });

  it('refreshes itself while open and says so politely', async ({ page, request, baseURL }) => {
    const s = await seed(request, baseURL!);
    await page.clock.install();
    await page.goto(`/en/classes/${s.key}`);
    const students = page.getByRole('table', { name: en.Classes.students });
    await expect(students.getByRole('row', { name: /Ana/ })).toBeVisible();
    const late = submission(s.code, `${SLUG}?paras=1-3&focus=${s.terms.map((t) => t.id).join(',')}`, {
      student: { id: randomUUID(), name: 'Chloé' },
    });
    expect((await submit(request, baseURL!, late)).status()).toBe(201);
    await page.clock.fastForward(16_000);
    await expect(students.getByRole('row', { name: /Chloé/ })).toBeVisible();
    await expect(page.getByRole('status')).toContainText(en.Classes.changed);
  });

  it('downloads the results as CSV, one row per student', async ({ page, request, baseURL }) => {
    const s = await openDashboard(page, request, baseURL!);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: en.Classes.csv }).click(),
    ]);
    const text = (await import('node:fs')).readFileSync((await download.path())!, 'utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.includes(',Ben,'))).toContain(s.terms[0]!.en);
  });

  it('removes one student after confirming, and keeps the other', async ({ page, request, baseURL }) => {
    await openDashboard(page, request, baseURL!);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: fill(en.Classes.remove, { name: 'Ben' }) }).click();
    await expect(page.getByRole('status')).toContainText(fill(en.Classes.removed, { name: 'Ben' }));
    const students = page.getByRole('table', { name: en.Classes.students });
    await expect(students.getByRole('row', { name: /Ben/ })).toHaveCount(0);
    await expect(students.getByRole('row', { name: /Ana/ })).toBeVisible();
  });

  it('deletes the class after confirming; its link is then a 404', async ({ page, request, baseURL }) => {
    const s = await openDashboard(page, request, baseURL!);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: en.Classes.deleteClass }).click();
    await expect(page.getByRole('heading', { name: en.Classes.deletedTitle })).toBeVisible();
    const response = await page.goto(`/en/classes/${s.key}`);
    expect(response?.status()).toBe(404);
    expect((await request.get(`${baseURL}/api/classes/join/${s.code}`)).status()).toBe(404);
  });

  it("answers a wrong key with the site's ordinary 404 page", async ({ page }) => {
    const response = await page.goto(`/en/classes/${'A'.repeat(43)}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: en.NotFound.title })).toBeVisible();
  });

  it('is private: no-referrer, no-store, noindex', async ({ page, request, baseURL }) => {
    const s = await seed(request, baseURL!);
    const response = await page.goto(`/en/classes/${s.key}`);
    const headers = response!.headers();
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cache-control']).toContain('no-store');
    expect(headers['x-robots-tag']).toBe('noindex');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    const api = await request.get(`${baseURL}/api/classes/${s.key}/dashboard`);
    expect(api.headers()['referrer-policy']).toBe('no-referrer');
    expect(api.headers()['cache-control']).toBe('no-store');
  });

  it('passes axe', async ({ page, request, baseURL }) => {
    await openDashboard(page, request, baseURL!);
    await expect(page.getByRole('table', { name: en.Classes.students })).toBeVisible();
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  });
});

it.describe('classes API', () => {
  it('refuses a POST from another site', async ({ request, baseURL }) => {
    const response = await request.post(`${baseURL}/api/classes`, {
      data: { name: 'x' },
      headers: { Origin: 'https://evil.example' },
    });
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({ error: 'cross_origin' });
  });

  it('refuses a body over 16 KB', async ({ request, baseURL }) => {
    const response = await request.post(`${baseURL}/api/classes`, {
      data: { name: 'x'.repeat(17_000) },
      headers: sameOrigin(baseURL!),
    });
    expect(response.status()).toBe(413);
  });

  it('names the fields that are invalid', async ({ request, baseURL }) => {
    const response = await request.post(`${baseURL}/api/classes`, {
      data: { name: ' ', roster: ['x'.repeat(41)] },
      headers: sameOrigin(baseURL!),
    });
    expect(response.status()).toBe(400);
    const body = (await response.json()) as { error: string; fields: Record<string, string> };
    expect(body.error).toBe('invalid');
    expect(Object.keys(body.fields).sort()).toEqual(['name', 'roster.0']);
  });

  it('lets a student see the class name and roster by code, typed in any case with or without the dash', async ({
    request,
    baseURL,
  }) => {
    const { code } = await createClass(request, baseURL!, { name: 'Reading club', roster: ['Ana'] });
    const typed = `${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`;
    const response = await request.get(`${baseURL}/api/classes/join/${typed}`);
    expect(await response.json()).toEqual({ name: 'Reading club', roster: ['Ana'] });
  });

  it('counts a submission sent twice once', async ({ request, baseURL }) => {
    const { code } = await createClass(request, baseURL!);
    const body = submission(code, `${SLUG}?paras=1-2`);
    expect((await submit(request, baseURL!, body)).status()).toBe(201);
    const again = await submit(request, baseURL!, body);
    expect(again.status()).toBe(200);
    expect(await again.json()).toEqual({ ok: true, duplicate: true });
  });

  it('refuses an assignment whose article or terms do not exist', async ({ request, baseURL }) => {
    const { code } = await createClass(request, baseURL!);
    for (const assignment of ['no-such-article?paras=1', `${SLUG}?focus=no-such-term`]) {
      const response = await submit(request, baseURL!, submission(code, assignment));
      expect(response.status()).toBe(400);
    }
  });

  it('answers a submission to an unknown class with 404', async ({ request, baseURL }) => {
    const response = await submit(request, baseURL!, submission('ZZZ222', `${SLUG}?paras=1`));
    expect(response.status()).toBe(404);
  });
});
