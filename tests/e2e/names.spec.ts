import { expect, test as it, type Locator, type Page } from '@playwright/test';
import { hoverMarked, hydrated, openReader, paragraph } from './utils';

function card(page: Page, name: string) {
  return page.getByRole('dialog', { name });
}

async function expectBeside(trigger: Locator, popup: Locator) {
  const t = (await trigger.boundingBox())!;
  const c = (await popup.boundingBox())!;
  const viewport = trigger.page().viewportSize()!;
  const overlaps = c.x < t.x + t.width && t.x < c.x + c.width && c.y < t.y + t.height && t.y < c.y + c.height;
  expect(overlaps, 'the card covers its own name').toBe(false);
  expect(c.x).toBeGreaterThanOrEqual(0);
  expect(c.x + c.width).toBeLessThanOrEqual(viewport.width);
}

it.describe('name cards', () => {
  it('opens a card on keyboard focus with Hangul, romanization, Chinese and pinyin', async ({ page }) => {
    await openReader(page, '?show=en');
    const name = paragraph(page, 2).getByRole('button', { name: 'Kang Kyung-wha' });
    await name.focus();
    const kang = card(page, 'Kang Kyung-wha');
    await expect(kang).toBeVisible();
    await expect(kang.getByText('강경화', { exact: true })).toBeVisible();
    await expect(kang.getByText('Gang Gyeong-hwa')).toBeVisible();
    await expect(kang.getByText('Kāng Jīnghé')).toBeVisible();
    await expect(kang.getByText('South Korean Foreign Minister')).toBeVisible();
  });

  it('closes the card with Escape', async ({ page }) => {
    await openReader(page, '?show=en');
    await paragraph(page, 2).getByRole('button', { name: 'Wang Yi' }).focus();
    await expect(card(page, 'Wang Yi')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card(page, 'Wang Yi')).toBeHidden();
  });

  it('opens a card on hover', async ({ page, isMobile }) => {
    it.skip(isMobile, 'no hover on a phone');
    await hoverMarked(page, '?show=en', 8, 'Xi Jinping');
    await expect(card(page, 'Xi Jinping').getByText('Xí Jìnpíng')).toBeVisible();
  });

  it('opens a card with a tap or click and keeps it beside its name', async ({ page }) => {
    await openReader(page, '?show=en');
    const name = paragraph(page, 3).getByRole('button', { name: 'Moon Jae-in' });
    await name.click();
    const moon = card(page, 'Moon Jae-in');
    await expect(moon.getByText('Mun Jae-in')).toBeVisible();
    await expectBeside(name, moon);
  });

  it('marks names in the Korean and Chinese text too', async ({ page }) => {
    await openReader(page, '?show=ko,zh');
    await hydrated(page);
    await paragraph(page, 8).getByRole('button', { name: '시진핑' }).click();
    await expect(card(page, 'Xi Jinping').getByText('Si Jin-ping')).toBeVisible();
    await page.keyboard.press('Escape');
    await paragraph(page, 8).getByRole('button', { name: '习近平' }).click();
    await expect(card(page, 'Xi Jinping').getByText('Xí Jìnpíng')).toBeVisible();
  });

  it('titles the card in the interface language', async ({ page }) => {
    await openReader(page, '?show=en', 'ko');
    await paragraph(page, 2).getByRole('button', { name: 'Beijing' }).click();
    const beijing = page.getByRole('dialog', { name: '베이징' });
    await expect(beijing.getByText('Běijīng')).toBeVisible();
    await expect(beijing.getByText('北京', { exact: true })).toBeVisible();
  });

  it('lists every card under People and places', async ({ page }) => {
    await openReader(page);
    const list = page.getByRole('region', { name: 'People and places' });
    await expect(list.getByRole('heading', { name: 'Kang Kyung-wha' })).toBeVisible();
    await expect(list.getByRole('heading', { name: 'THAAD' })).toBeVisible();
    await expect(list.getByRole('heading', { name: 'Chinese Communist Party' })).toBeVisible();
  });
});
