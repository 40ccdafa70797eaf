import { expect, test as it } from '@playwright/test';
import { ARTICLE, openReader, P2 } from './utils';

it.describe('layout', () => {
  it('sets languages side by side on wide screens and stacked on phones', async ({ page }, info) => {
    await openReader(page, '?show=en,ko');
    const en = (await page.getByText(P2.en).boundingBox())!;
    const ko = (await page.getByText(P2.ko).boundingBox())!;
    if (info.project.name === 'phone') {
      expect(ko.y).toBeGreaterThan(en.y + en.height - 1);
    } else {
      expect(ko.x).toBeGreaterThan(en.x + en.width - 1);
      expect(Math.abs(ko.y - en.y)).toBeLessThan(5);
    }
  });

  it('does not scroll sideways', async ({ page }) => {
    await openReader(page, '?show=en,ko,zh');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  for (const [name, path] of [
    ['the assignment builder', '/en/teach'],
    [
      'an assignment with a long unbroken title',
      `/en/articles/korea-china-diplomats-talks?title=${'W'.repeat(110)}&focus=summit`,
    ],
    ['the worksheet', '/zh/articles/korea-china-diplomats-talks/worksheet?show=en,zh&focus=summit,thaad'],
    ['my words', '/ko/words'],
    ['the second article', '/zh/articles/trilateral-ministers-busan?show=en,ko,zh'],
  ]) {
    it(`does not scroll sideways on ${name}`, async ({ page }) => {
      await page.goto(path!);
      await page.locator('h1').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

it.describe('without JavaScript', () => {
  it.use({ javaScriptEnabled: false });

  it('shows every paragraph in all three languages', async ({ page }) => {
    await openReader(page);
    await expect(page.getByText(P2.en)).toBeVisible();
    await expect(page.getByText(P2.ko)).toBeVisible();
    await expect(page.getByText(P2.zh)).toBeVisible();
    await expect(page.locator('.lb:visible')).toHaveCount(3 * 14);
  });

  it('hides the toggles that need a script', async ({ page }) => {
    await openReader(page);
    await expect(page.getByRole('group', { name: 'Show in all paragraphs' })).toBeHidden();
  });
});

// The reader is prerendered without a query; an assignment or class link's banner and class box
// come from islands (issue #15's budget: CLS 0). Shifts are summed as Lighthouse does: every
// 'layout-shift' entry from the navigation on, leaving out those right after input.
it.describe('layout shift', () => {
  const ASSIGNMENT = `${ARTICLE}?show=en,ko&paras=1-3&focus=summit&title=Week%2012`;

  /** The sum so far, once the last rendered frame's entries are in. */
  const layoutShift = (page: import('@playwright/test').Page) =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => setTimeout(() => resolve((window as { cls?: number }).cls ?? NaN), 100)),
          ),
        ),
    );

  // The islands arrive a second after the page, as over a phone's network: on a fast machine
  // they may come before the first paint, and then nothing could shift, whatever the page does.
  it.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as { cls?: number };
      w.cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) w.cls! += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.route('**/islands/**', async (route) => {
      await new Promise((done) => setTimeout(done, 1000));
      await route.continue();
    });
  });

  for (const [when, query, first] of [
    ['an assignment link’s banner appears', ASSIGNMENT, 1],
    ['an assignment leaves fewer languages', `${ARTICLE}?show=ko&reveal=0&title=Week%2012&due=2026-12-04`, 1],
    ['an assignment starts after the first paragraph', `${ARTICLE}?paras=2-3&title=Week%2012`, 2],
  ] as const) {
    it(`does not move the article when ${when}`, async ({ page }) => {
      await page.goto(query);
      await expect(page.getByRole('region', { name: 'Week 12' })).toBeVisible();
      await expect(page.locator(`#p${first}`)).toBeVisible();
      expect(await layoutShift(page)).toBeLessThan(0.001);
    });
  }

  it('does not move the article when a class link’s class name arrives', async ({ page }) => {
    // The server's answer comes after the banner, as it does over a network.
    await page.route('**/api/classes/join/*', async (route) => {
      await new Promise((done) => setTimeout(done, 300));
      await route.fulfill({
        json: { name: 'Ms Park’s Year 10 Korean and Chinese reading group', roster: ['Minji', 'Wei'] },
      });
    });
    await page.goto(`${ASSIGNMENT}&class=ABC-DEF`);
    await expect(page.getByRole('combobox', { name: 'Choose your name' })).toBeVisible();
    await expect(page.locator('#p1')).toBeVisible();
    expect(await layoutShift(page)).toBeLessThan(0.001);
  });
});
