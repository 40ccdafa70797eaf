import { expect, test as it } from '@playwright/test';

it.describe('library and locales', () => {
  it('lists the article with its headline in the interface language', async ({ page }) => {
    await page.goto('/ko');
    await page.getByRole('link', { name: '한중 외교장관 회담 개최' }).click();
    await expect(page).toHaveURL(/\/ko\/articles\/korea-china-diplomats-talks$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('한중 외교장관');
  });

  it('redirects / to the browser language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh$/);
    await expect(page.getByRole('heading', { level: 1, name: '文章' })).toBeVisible();
    await context.close();
  });

  it('remembers the language chosen in the switcher', async ({ page }) => {
    await page.goto('/en');
    await page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: '한국어' }).click();
    await expect(page).toHaveURL(/\/ko$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/ko$/);
  });

  it('keeps the page when switching language', async ({ page }) => {
    await page.goto('/en/articles/korea-china-diplomats-talks');
    await page.getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(/\/zh\/articles\/korea-china-diplomats-talks$/);
    await expect(page.getByRole('group', { name: '应用于所有段落' })).toBeVisible();
  });
});

it.describe('not found', () => {
  // A file-like path reaches no locale: app/not-found.tsx answers it in all three languages, and
  // its test checks the first heading of that name.
  for (const { what, path, heading, first } of [
    {
      what: 'an unknown article with a localized 404',
      path: '/ko/articles/no-such-article',
      heading: '페이지를 찾을 수 없습니다',
    },
    { what: 'an unknown path with a localized 404', path: '/zh/no/such/page', heading: '找不到页面' },
    {
      what: 'an unknown locale with a 404, not a 500',
      path: '/fr/articles/korea-china-diplomats-talks',
      heading: 'Page not found',
    },
    { what: 'a file-like path with a 404', path: '/unknown.txt', heading: 'Page not found', first: true },
  ]) {
    it(`answers ${what}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      const headings = page.getByRole('heading', { name: heading });
      await expect(first ? headings.first() : headings).toBeVisible();
    });
  }
});
