import { expect, test as it, type Page, type Route } from '@playwright/test';
import en from '../../messages/en.json' with { type: 'json' };
import ko from '../../messages/ko.json' with { type: 'json' };
import zh from '../../messages/zh.json' with { type: 'json' };
import { fill } from '../../lib/i18n/fill';
import { expectNoViolations } from './utils';

// The client half of classes (#15) against the API's contract (docs in README, "Classes"):
// the routes are stubbed here, so these tests say what the browser does with each answer.
// classes.spec.ts tests the server's routes and dashboard.
// classes-flow.spec.ts runs the same pages against the real server and database.

const MESSAGES = { en, ko, zh } as const;
const ARTICLE = 'articles/trilateral-ministers-busan';
const CLASS = { name: 'Class 3B', roster: ['Minji', 'Wei'] };
const KEY = 'k'.repeat(43);
const STUDENT_LINK = `/en/${ARTICLE}?paras=1-2&class=abc-def`;

type Sent = { id: string; code: string; student: { id: string; name: string }; paragraphsRead: string[] };

/** Stubs the class routes; returns the submissions the "server" received. */
async function stubServer(
  page: Page,
  { join = 200, submit = 201, network = { offline: false } } = {} as {
    join?: number;
    submit?: number;
    /** While `offline` is true, a submission fails as it would without a connection. */
    network?: { offline: boolean };
  },
) {
  const received: Sent[] = [];
  await page.route('**/api/classes/join/*', (route) =>
    route.fulfill(join === 200 ? { json: CLASS } : { status: join, json: { error: 'not_found' } }),
  );
  await page.route('**/api/submissions', async (route: Route) => {
    if (network.offline) return route.abort('internetdisconnected');
    received.push(route.request().postDataJSON() as Sent);
    await route.fulfill({ status: submit, json: submit < 300 ? { ok: true } : { error: 'unavailable' } });
  });
  await page.route('**/api/classes', (route) => route.fulfill({ status: 201, json: { code: 'ABCDEF', key: KEY } }));
  return received;
}

async function join(page: Page, name = 'Minji') {
  await page.goto(STUDENT_LINK);
  await page.getByRole('combobox', { name: en.ClassJoin.pick }).selectOption(name);
  await page.getByRole('button', { name: en.ClassJoin.start }).click();
}

it.describe('create a class (teacher)', () => {
  for (const locale of ['en', 'ko', 'zh'] as const) {
    const t = MESSAGES[locale].ClassCreate;
    it(`shows the code and the teacher link once, in ${locale}`, async ({ page }) => {
      await stubServer(page);
      await page.goto(`/${locale}/teach`);
      await page.getByRole('textbox', { name: t.name }).fill(CLASS.name);
      await page.getByRole('textbox', { name: t.roster }).fill(CLASS.roster.join('\n'));
      await page.getByRole('button', { name: t.create }).click();
      await expect(page.getByRole('heading', { name: fill(t.created, { name: CLASS.name }) })).toBeFocused();
      await expect(page.getByRole('definition')).toHaveText('ABC-DEF');
      await expect(page.getByRole('textbox', { name: t.link })).toHaveValue(
        new RegExp(`^http://[^/]+/${locale}/classes/${KEY}$`),
      );
      await expect(page.getByText(t.keep)).toBeVisible();
      await expect(page.getByRole('link', { name: fill(t.dashboard, { name: CLASS.name }) })).toBeVisible();
    });
  }

  it('says in the interface language what is wrong with the name, and sends nothing', async ({ page }) => {
    const t = ko.ClassCreate;
    let posted = false;
    await page.route('**/api/classes', (route) => ((posted = true), route.abort()));
    await page.goto('/ko/teach');
    await page.getByRole('button', { name: t.create }).click();
    await expect(page.getByRole('textbox', { name: t.name })).toBeFocused();
    await expect(page.getByText(t.nameEmpty)).toBeVisible();
    await page.getByRole('textbox', { name: t.name }).fill('가'.repeat(81));
    await page.getByRole('button', { name: t.create }).click();
    await expect(page.getByText(fill(t.nameTooLong, { max: 80 }))).toBeVisible();
    expect(posted).toBe(false);
  });

  it('keeps what was typed when the server fails', async ({ page }) => {
    await page.route('**/api/classes', (route) => route.fulfill({ status: 503, json: { error: 'unavailable' } }));
    await page.goto('/en/teach');
    await page.getByRole('textbox', { name: en.ClassCreate.name }).fill(CLASS.name);
    await page.getByRole('button', { name: en.ClassCreate.create }).click();
    await expect(page.locator('.class-create').getByRole('alert')).toHaveText(en.ClassCreate.failed);
    await expect(page.getByRole('textbox', { name: en.ClassCreate.name })).toHaveValue(CLASS.name);
  });

  it('keeps the class in this device’s list after a reload', async ({ page }) => {
    await stubServer(page);
    await page.goto('/en/teach');
    await page.getByRole('textbox', { name: en.ClassCreate.name }).fill(CLASS.name);
    await page.getByRole('button', { name: en.ClassCreate.create }).click();
    await page.reload();
    const link = page.getByRole('link', { name: fill(en.ClassCreate.dashboard, { name: CLASS.name }) });
    await expect(link).toHaveAttribute('href', new RegExp(`/en/classes/${KEY}$`));
  });

  it('shows the created class without accessibility violations (axe)', async ({ page }) => {
    await stubServer(page);
    await page.goto('/en/teach');
    await page.getByRole('textbox', { name: en.ClassCreate.name }).fill(CLASS.name);
    await page.getByRole('button', { name: en.ClassCreate.create }).click();
    await expect(page.getByRole('definition')).toHaveText('ABC-DEF');
    await expectNoViolations(page, { within: '.class-create' });
  });
});

it.describe('a class link (student)', () => {
  it('says what is sent and to whom before sending anything', async ({ page }) => {
    const received = await stubServer(page);
    await page.goto(STUDENT_LINK);
    await expect(page.getByText(fill(en.ClassJoin.consent, { name: CLASS.name }))).toBeVisible();
    await expect(page.getByRole('combobox', { name: en.ClassJoin.pick })).toBeVisible();
    expect(received).toEqual([]);
  });

  it('sends the chosen name and each paragraph marked read', async ({ page }) => {
    const received = await stubServer(page);
    await join(page);
    await expect(page.getByText(fill(en.ClassJoin.sendingAs, { name: 'Minji' }))).toBeVisible();
    await page.locator('#p1').getByRole('button', { name: en.Assign.markRead }).click();
    await expect(page.getByRole('status').filter({ hasText: en.ClassJoin.sent })).toBeVisible();
    await expect.poll(() => received.at(-1)?.paragraphsRead).toEqual(['p1']);
    expect(received.at(-1)).toMatchObject({ code: 'ABCDEF', student: { name: 'Minji' } });
  });

  it('asks the name only once on this device', async ({ page }) => {
    await stubServer(page);
    await join(page, 'Wei');
    await page.reload();
    await expect(page.getByText(fill(en.ClassJoin.sendingAs, { name: 'Wei' }))).toBeVisible();
    await expect(page.getByRole('combobox', { name: en.ClassJoin.pick })).toHaveCount(0);
  });

  it('takes a name that is not on the roster', async ({ page }) => {
    const received = await stubServer(page);
    await page.goto(STUDENT_LINK);
    await page.getByRole('combobox', { name: en.ClassJoin.pick }).selectOption(en.ClassJoin.pickOther);
    await page.getByRole('textbox', { name: en.ClassJoin.yourName }).fill('Ana');
    await page.getByRole('button', { name: en.ClassJoin.start }).click();
    await expect.poll(() => received.at(-1)?.student.name).toBe('Ana');
  });

  it('says plainly when the class no longer exists', async ({ page }) => {
    const received = await stubServer(page, { join: 404 });
    await page.goto(STUDENT_LINK);
    await expect(page.getByRole('alert')).toHaveText(en.ClassJoin.gone);
    await page.locator('#p1').getByRole('button', { name: en.Assign.markRead }).click();
    expect(received).toEqual([]);
  });

  it('keeps progress on the device while the server is down (503)', async ({ page }) => {
    await stubServer(page, { submit: 503 });
    await join(page);
    await expect(page.getByRole('status').filter({ hasText: en.ClassJoin.saved })).toBeVisible();
  });

  it('offline: saves on the device, then sends once when back online', async ({ page, context }) => {
    // Routed requests skip the browser's network, so the stub fails them itself; setOffline
    // gives the page its `offline` and `online` events.
    const network = { offline: false };
    const received = await stubServer(page, { network });
    await join(page);
    await expect(page.getByRole('status').filter({ hasText: en.ClassJoin.sent })).toBeVisible();
    network.offline = true;
    await context.setOffline(true);
    await page.locator('#p1').getByRole('button', { name: en.Assign.markRead }).click();
    await expect(page.getByRole('status').filter({ hasText: en.ClassJoin.saved })).toBeVisible();
    const before = received.length;
    network.offline = false;
    await context.setOffline(false);
    await expect(page.getByRole('status').filter({ hasText: en.ClassJoin.sent })).toBeVisible();
    const after = received.slice(before);
    expect(after.map((s) => s.paragraphsRead)).toEqual([['p1']]);
    // Sent once: nothing more follows.
    await page.waitForTimeout(500);
    expect(new Set(received.map((s) => s.id)).size).toBe(received.length);
    expect(received.length).toBe(before + 1);
  });

  it('a plain assignment link sends nothing', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`/en/${ARTICLE}?paras=1-2`);
    await page.locator('#p1').getByRole('button', { name: en.Assign.markRead }).click();
    await expect(page.locator('#p1').getByRole('button', { name: en.Assign.markRead })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(requests.filter((u) => u.includes('/api/classes') || u.includes('/api/submissions'))).toEqual([]);
    await expect(page.locator('.class-join')).toHaveCount(0);
  });

  it('has no accessibility violations in the name form (axe)', async ({ page }) => {
    await stubServer(page);
    await page.goto(STUDENT_LINK.replace('/en/', '/zh/'));
    await page.getByRole('button', { name: zh.ClassJoin.start }).click();
    await expect(page.getByRole('alert')).toHaveText(zh.ClassJoin.nameEmpty);
    await expectNoViolations(page, { within: '.class-join' });
  });
});
