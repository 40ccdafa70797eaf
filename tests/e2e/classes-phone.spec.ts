import { expect, test as it } from '@playwright/test';
import en from '../../messages/en.json' with { type: 'json' };
import { fill } from '../../lib/i18n/fill';

// On a phone (playwright.config.ts): a student picks their name by touch and the class box
// fits the screen. The same flow on desktop is in classes.spec.ts, with the routes stubbed.

it('a student joins a class and marks a paragraph read on a phone', async ({ page }) => {
  const received: { paragraphsRead: string[] }[] = [];
  await page.route('**/api/classes/join/*', (route) =>
    route.fulfill({ json: { name: 'Class 3B', roster: ['Minji'] } }),
  );
  await page.route('**/api/submissions', async (route) => {
    received.push(route.request().postDataJSON() as { paragraphsRead: string[] });
    await route.fulfill({ status: 201, json: { ok: true } });
  });
  await page.goto('/en/articles/trilateral-ministers-busan?paras=1-2&class=ABCDEF');
  await page.getByRole('combobox', { name: en.ClassJoin.pick }).selectOption('Minji');
  await page.getByRole('button', { name: en.ClassJoin.start }).tap();
  await expect(page.getByText(fill(en.ClassJoin.sendingAs, { name: 'Minji' }))).toBeVisible();
  const box = await page.locator('.class-join').boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  await page.locator('#p1').getByRole('button', { name: en.Assign.markRead }).tap();
  await expect.poll(() => received.at(-1)?.paragraphsRead).toEqual(['p1']);
});
