import { expect, test as it } from '@playwright/test';
import { openReader, P2 } from './utils';

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
