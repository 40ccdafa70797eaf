import { expect, test as it } from '@playwright/test';
import { block, globalToggles, openReader, P2, paragraph, paragraphToggles } from './utils';

it.describe('reader', () => {
  it('shows the headline and twelve paragraphs in order', async ({ page }) => {
    await openReader(page);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Top diplomats of S. Korea, China hold talks', exact: true }),
    ).toBeVisible();
    for (let n = 1; n <= 12; n++) await expect(paragraph(page, n)).toBeVisible();
    await expect(page.locator('.para')).toHaveCount(12);
  });

  it('starts with the English original only', async ({ page }) => {
    await openReader(page);
    await expect(page.getByText(P2.en)).toBeVisible();
    await expect(page.getByText(P2.ko)).toBeHidden();
    await expect(page.getByText(P2.zh)).toBeHidden();
  });

  it('shows the photo caption once', async ({ page }) => {
    await openReader(page);
    await expect(page.getByText('Foreign Minister Kang Kyung-wha meets her Chinese counterpart')).toHaveCount(1);
    await expect(page.getByText('Link copied')).toHaveCount(0);
  });

  it('toggles Korean in one paragraph only', async ({ page }) => {
    await openReader(page);
    const korean = paragraphToggles(page, 2).getByRole('button', { name: 'Korean' });
    await expect(korean).toHaveAttribute('aria-pressed', 'false');
    await korean.click();
    await expect(korean).toHaveAttribute('aria-pressed', 'true');
    await expect(paragraph(page, 2).getByText(P2.ko)).toBeVisible();
    await expect(paragraph(page, 2).getByText(P2.en)).toBeVisible();
    await expect(block(page, 3, 'ko')).toBeHidden();
  });

  it('hides the English of a paragraph when another language is shown', async ({ page }) => {
    await openReader(page);
    const group = paragraphToggles(page, 2);
    await group.getByRole('button', { name: 'Chinese' }).click();
    await group.getByRole('button', { name: 'English' }).click();
    await expect(paragraph(page, 2).getByText(P2.zh)).toBeVisible();
    await expect(paragraph(page, 2).getByText(P2.en)).toBeHidden();
  });

  it('keeps at least one language shown', async ({ page }) => {
    await openReader(page);
    const english = paragraphToggles(page, 4).getByRole('button', { name: 'English' });
    await english.click();
    await expect(english).toHaveAttribute('aria-pressed', 'true');
    await expect(block(page, 4, 'en')).toBeVisible();
  });

  it('sets every paragraph at once from the global control', async ({ page }) => {
    await openReader(page);
    await globalToggles(page).getByRole('button', { name: 'Chinese' }).click();
    for (const n of [1, 6, 12]) await expect(block(page, n, 'zh-Hans')).toBeVisible();
    await expect(paragraphToggles(page, 7).getByRole('button', { name: 'Chinese' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('lets the global control override a paragraph choice', async ({ page }) => {
    await openReader(page);
    await paragraphToggles(page, 2).getByRole('button', { name: 'Korean' }).click();
    await globalToggles(page).getByRole('button', { name: 'Chinese' }).click();
    await globalToggles(page).getByRole('button', { name: 'English' }).click();
    await expect(paragraph(page, 2).getByText(P2.ko)).toBeHidden();
    await expect(paragraph(page, 2).getByText(P2.zh)).toBeVisible();
  });

  it('opens with the languages of ?show=', async ({ page }) => {
    await openReader(page, '?show=ko,zh');
    await expect(page.getByText(P2.ko)).toBeVisible();
    await expect(page.getByText(P2.zh)).toBeVisible();
    await expect(page.getByText(P2.en)).toBeHidden();
    await expect(globalToggles(page).getByRole('button', { name: 'Korean' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('ignores an invalid ?show= and starts with the original', async ({ page }) => {
    await openReader(page, '?show=%3Cscript%3E');
    await expect(page.getByText(P2.en)).toBeVisible();
    await expect(page.getByText(P2.ko)).toBeHidden();
  });

  it('remembers the last global choice across visits', async ({ page }) => {
    await openReader(page);
    await globalToggles(page).getByRole('button', { name: 'Korean' }).click();
    await expect(page.getByText(P2.ko)).toBeVisible();
    await openReader(page);
    await expect(page.getByText(P2.ko)).toBeVisible();
    await expect(page.getByText(P2.en)).toBeVisible();
  });

  it('links to a paragraph by its anchor', async ({ page }) => {
    await openReader(page, '#p9');
    await expect(paragraph(page, 9)).toBeInViewport();
    await expect(paragraph(page, 1)).not.toBeInViewport();
  });

  it('shows a translator note for the ambiguous sentence', async ({ page }) => {
    await openReader(page, '?show=ko');
    await expect(paragraph(page, 9).getByText("Translator's note")).toBeVisible();
    await expect(paragraph(page, 9).getByText(/three no's/)).toBeVisible();
  });

  it('labels the toggles in the interface language', async ({ page }) => {
    await openReader(page, '', 'ko');
    const group = page.getByRole('group', { name: '3번째 문단의 언어' });
    await expect(group.getByRole('button', { name: '한국어' })).toBeVisible();
  });

  it('marks Korean text lang="ko" and Chinese lang="zh-Hans"', async ({ page }) => {
    await openReader(page, '?show=en,ko,zh');
    await expect(paragraph(page, 2).getByText(P2.ko)).toHaveAttribute('lang', 'ko');
    await expect(paragraph(page, 2).getByText(P2.zh)).toHaveAttribute('lang', 'zh-Hans');
  });
});
