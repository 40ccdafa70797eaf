import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test as it, type Browser, type Page } from '@playwright/test';
import pg from 'pg';
import en from '../../messages/en.json' with { type: 'json' };
import ko from '../../messages/ko.json' with { type: 'json' };
import zh from '../../messages/zh.json' with { type: 'json' };
import { fill } from '../../lib/i18n/fill';

// Issue #15's "done when", against the real server and database: a teacher creates a class
// and builds an assignment for it, two students on two devices (browser contexts) read and
// answer, and the teacher's dashboard shows both with their scores and the most-missed
// terms, and the CSV it downloads has a row for each. In each interface language on the default engine
// (SQLite), and once on PostgreSQL: a second `next start` of the same build with
// DATABASE_URL pointing at a fresh database.

const MESSAGES = { en, ko, zh } as const;
type Locale = keyof typeof MESSAGES;
const STUDENTS = ['Minji', 'Wei'] as const;

type Made = { code: string; link: string; key: string };

async function createClass(page: Page, locale: Locale, name: string, base: string): Promise<Made> {
  const t = MESSAGES[locale].ClassCreate;
  await page.goto(`${base}/${locale}/teach`);
  await page.getByRole('textbox', { name: t.name }).fill(name);
  await page.getByRole('textbox', { name: t.roster }).fill(STUDENTS.join('\n'));
  await page.getByRole('button', { name: t.create }).click();
  const code = (await page.getByRole('definition').textContent())!.replace('-', '');
  const link = await page.getByRole('textbox', { name: t.link }).inputValue();
  return { code, link, key: link.split('/').at(-1)! };
}

/** In the builder on the same page: paragraphs 1 and 2, one focus term, the class. */
async function buildAssignment(page: Page, locale: Locale, name: string, code: string): Promise<string> {
  const t = MESSAGES[locale].Teach;
  await page.getByRole('combobox', { name: t.article }).selectOption('korea-china-diplomats-talks');
  await page.getByRole('button', { name: t.none }).click();
  for (const n of [1, 2]) await page.getByRole('checkbox', { name: new RegExp(`^¶${n} `) }).check();
  await page.getByRole('searchbox', { name: t.focusFilter }).fill('summit');
  await page.getByRole('checkbox', { name: /^summit ·/ }).check();
  await page
    .getByRole('combobox', { name: MESSAGES[locale].ClassCreate.choose })
    .selectOption({ label: `${name} (${code.slice(0, 3)}-${code.slice(3)})` });
  const link = await page.getByRole('textbox', { name: t.link }).inputValue();
  expect(new URL(link).searchParams.get('class')).toBe(code);
  return link;
}

/** One student on their own device: joins, reads both paragraphs, answers (first or last options). */
async function student(browser: Browser, link: string, locale: Locale, who: string, pick: 'first' | 'last') {
  const t = MESSAGES[locale];
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await page.getByRole('combobox', { name: t.ClassJoin.pick }).selectOption(who);
  await page.getByRole('button', { name: t.ClassJoin.start }).click();
  for (const n of [1, 2]) await page.locator(`#p${n}`).getByRole('button', { name: t.Assign.markRead }).click();
  const form = page.getByRole('form', { name: t.Assign.check });
  await expect(form.getByRole('group')).toHaveCount(3);
  for (const group of await form.getByRole('group').all()) await group.getByRole('radio')[pick]().check();
  await page.getByRole('button', { name: t.Assign.submit }).click();
  const score = (await page.locator('.score').textContent())!;
  // A cold server reads the articles on its first submission: allow it time on a loaded machine.
  await expect(page.getByRole('status').filter({ hasText: t.ClassJoin.sent })).toBeVisible({ timeout: 20_000 });
  await context.close();
  return score;
}

async function flow(page: Page, browser: Browser, locale: Locale, base = '') {
  const name = `Class ${locale} ${Date.now()}`;
  const made = await createClass(page, locale, name, base);
  const link = await buildAssignment(page, locale, name, made.code);
  const scores = [
    await student(browser, link, locale, STUDENTS[0], 'first'),
    await student(browser, link, locale, STUDENTS[1], 'last'),
  ];

  // The teacher opens the dashboard from the teacher link.
  const t = MESSAGES[locale];
  await page.goto(made.link);
  const table = page.getByRole('table', { name: t.Classes.students });
  for (const [i, who] of STUDENTS.entries()) {
    // The score as the student saw it ("{score} of {total} correct"), as the dashboard writes it.
    const correct = [0, 1, 2, 3].find((n) => fill(t.Assign.score, { score: n, total: 3 }) === scores[i])!;
    const read = fill(t.Classes.readOf, { read: 2, total: 2 });
    const score = fill(t.Classes.scoreOf, { correct, total: 3 });
    await expect(table.getByRole('row', { name: new RegExp(`${who}.*${read}.*${score}`) })).toBeVisible();
  }
  // The most-missed terms: summit is the only term asked.
  const first = page.getByRole('region', { name: t.Classes.questions }).getByRole('row').nth(1);
  await expect(first).toContainText('summit');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: t.Classes.csv }).click(),
  ]);
  const rows = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split('\r\n');
  expect(rows).toHaveLength(3);
  for (const who of STUDENTS) expect(rows.some((r) => r.includes(`,${who},`))).toBe(true);
}

it.describe('classes, the whole flow (SQLite)', () => {
  for (const locale of ['en', 'ko', 'zh'] as const) {
    it(`teacher, two students and the dashboard in ${locale}`, async ({ page, browser }) => {
      it.setTimeout(90_000);
      await flow(page, browser, locale);
    });
  }
});

it.describe('classes, the whole flow (PostgreSQL)', () => {
  // PORT+10 is the durability tests' second server (classes-durability.spec.ts).
  const port = Number(process.env.PORT ?? 3000) + 20;
  const database = `classes_e2e_${process.pid}`;
  const admin = 'postgres://postgres@127.0.0.1:5432/postgres';
  let server: ChildProcess | undefined;

  it.beforeAll(async () => {
    it.setTimeout(120_000);
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${database}`);
    await client.query(`CREATE DATABASE ${database}`);
    await client.end();
    server = spawn('npx', ['next', 'start', '-p', String(port)], {
      env: { ...process.env, DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${database}` },
      stdio: 'ignore',
      detached: true,
    });
    await expect
      .poll(
        () =>
          fetch(`http://localhost:${port}/en`).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 60_000 },
      )
      .toBe(200);
  });

  it.afterAll(async () => {
    if (server?.pid) process.kill(-server.pid);
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await client.end();
  });

  it('teacher, two students and the dashboard in en, on PostgreSQL', async ({ page, browser }) => {
    it.setTimeout(90_000);
    await flow(page, browser, 'en', `http://localhost:${port}`);
  });
});
