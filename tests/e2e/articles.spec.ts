import { expect, test as it } from '@playwright/test';
import { hydrated, block } from './utils';

// The second article came in through `npm run article:new` (README, "Adding an article"):
// every page works for it without code of its own.
const SLUG = 'trilateral-ministers-busan';
const HEADLINE = 'Foreign ministers of S. Korea, China, Japan agree to prepare trilateral summit';

it('lists both articles in the library, newest first', async ({ page }) => {
  await page.goto('/en');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    HEADLINE,
    'Top diplomats of S. Korea, China hold talks',
  ]);
});

it('reads the new article with its new names romanized', async ({ page }) => {
  await page.goto(`/en/articles/${SLUG}?show=en,ko`);
  await hydrated(page);
  await block(page, 1, 'en').getByRole('button', { name: 'Busan' }).click();
  const card = page.getByRole('dialog', { name: 'Busan' });
  await expect(card).toContainText('부산');
  await expect(card).toContainText('釜山');
});

it('lists the new article’s terms in its glossary', async ({ page }) => {
  await page.goto(`/ko/articles/${SLUG}/glossary`);
  await expect(page.getByRole('heading', { name: 'bilateral', exact: true })).toBeVisible();
});

it('assigns the new article from the builder', async ({ page }) => {
  await page.goto('/en/teach');
  await expect(page.locator('.link-field')).toHaveValue(/^http/);
  await page.getByRole('combobox', { name: 'Article' }).selectOption({ label: HEADLINE });
  await page.getByRole('checkbox', { name: /^bilateral ·/ }).check();
  await expect(page.locator('.link-field')).toHaveValue(new RegExp(`/en/articles/${SLUG}\\?show=en&focus=bilateral$`));
});

it('prints a worksheet for the new article', async ({ page }) => {
  await page.goto(`/zh/articles/${SLUG}/worksheet?show=en,zh&focus=bilateral`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('中日韩外长同意筹备三国领导人会议');
  await expect(page.getByRole('row', { name: /bilateral 양자/ })).toBeVisible();
});
