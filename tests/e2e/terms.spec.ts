import { expect, test as it } from '@playwright/test';
import fs from 'node:fs';
import { hoverMarked, hydrated, openReader, paragraph } from './utils';

/** A lexicon entry as content/lexicon holds it, so that tests show what the data says. */
function lexiconEntry(id: string): {
  def: Record<'en' | 'ko' | 'zh', string>;
  note: Record<'en' | 'ko' | 'zh', string>;
} {
  for (const f of fs.readdirSync('content/lexicon')) {
    const entry = JSON.parse(fs.readFileSync(`content/lexicon/${f}`, 'utf8')).find((e: { id: string }) => e.id === id);
    if (entry) return entry;
  }
  throw new Error(`no lexicon entry ${id}`);
}

const definition = (page: import('@playwright/test').Page, name: string) => page.getByRole('dialog', { name });

it.describe('term definitions', () => {
  it('defines a term on keyboard focus in English, Korean and Chinese', async ({ page }) => {
    await openReader(page, '?show=en');
    await paragraph(page, 5).getByRole('button', { name: 'retaliatory measures' }).focus();
    const card = definition(page, 'retaliatory measures');
    await expect(card.getByText('보복 조치')).toBeVisible();
    await expect(card.getByText('報復措置')).toBeVisible();
    await expect(card.getByText('报复措施')).toBeVisible();
    await expect(card.locator('[lang="zh-Latn-pinyin"]')).toContainText('cuòshī');
  });

  for (const locale of ['ko', 'zh'] as const) {
    it(`defines a term in the ${locale} interface in that language first, then in English`, async ({ page }) => {
      const { def, note } = lexiconEntry('retaliation');
      await openReader(page, '?show=en', locale);
      await paragraph(page, 5).getByRole('button', { name: 'retaliatory measures' }).focus();
      const card = definition(page, 'retaliatory measures');
      await expect(card.locator('.card-role')).toContainText(def[locale]);
      await expect(card.getByText(def.en)).toBeVisible();
      await expect(card.getByText(note[locale])).toBeVisible();
    });
  }

  it('shows the definition in the first frame after focus', async ({ page }) => {
    await openReader(page, '?show=en');
    await hydrated(page);
    const shownNextFrame = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          document.querySelector<HTMLElement>('#p3 .term-ref')!.focus();
          requestAnimationFrame(() =>
            resolve(document.querySelector('.card:popover-open')?.checkVisibility() ?? false),
          );
        }),
    );
    expect(shownNextFrame).toBe(true);
  });

  it('opens on hover', async ({ page, isMobile }) => {
    it.skip(isMobile, 'no hover on a phone');
    await hoverMarked(page, '?show=en', 11, 'on the sidelines of');
    await expect(definition(page, 'on the sidelines of')).toBeVisible();
  });

  it('opens on a tap and closes with Escape', async ({ page }) => {
    await openReader(page, '?show=en');
    await paragraph(page, 1).getByRole('button', { name: 'mend ties' }).click();
    await expect(definition(page, 'mend ties').getByText('修复关系', { exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(definition(page, 'mend ties')).toBeHidden();
  });

  it('highlights the same concept in the Korean and Chinese text', async ({ page, isMobile }) => {
    it.skip(isMobile, 'hover');
    await hoverMarked(page, '?show=en,ko,zh', 10, 'appropriately handle');
    await expect(paragraph(page, 10).getByRole('button', { name: '적절히 처리' })).toHaveClass(/linked/);
    await expect(paragraph(page, 10).getByRole('button', { name: '妥善处理' })).toHaveClass(/linked/);
  });
});

it.describe('Korean glossary', () => {
  it('lists the paragraph terms with Korean, Hanja and an explanation', async ({ page, isMobile }) => {
    await openReader(page, '?show=en');
    if (isMobile)
      await paragraph(page, 9)
        .getByRole('button', { name: /Glossary/ })
        .click();
    const glossary = page.getByRole('complementary', { name: 'Korean glossary for paragraph 9' });
    await expect(glossary.getByText('군사동맹', { exact: true })).toBeVisible();
    await expect(glossary.getByText('軍事同盟')).toBeVisible();
  });

  it('stays behind a button on phones', async ({ page, isMobile }) => {
    it.skip(!isMobile, 'phone layout');
    await openReader(page, '?show=en');
    const glossary = page.getByRole('complementary', { name: 'Korean glossary for paragraph 9' });
    await expect(glossary).toBeHidden();
    const button = paragraph(page, 9).getByRole('button', { name: /Glossary/ });
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(glossary).toBeVisible();
  });
});

it.describe('glossary page', () => {
  const GLOSSARY = '/en/articles/korea-china-diplomats-talks/glossary';
  const searches = [
    ['English', 'deploy', 'deploy'],
    ['Hangul initials', 'ㅅㄷ', 'THAAD'],
    ['toneless pinyin', 'sade', 'THAAD'],
    ['Hanja', '頂上會談', 'summit'],
    ['Chinese characters', '首脑会晤', 'summit'],
  ] as const;

  for (const [how, query, heading] of searches) {
    it(`finds a term by ${how} as you type`, async ({ page }) => {
      await page.goto(GLOSSARY);
      await page.getByRole('searchbox', { name: 'Search the glossary' }).fill(query);
      await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'agreement', exact: true })).toBeHidden();
    });
  }

  it('says when nothing matches', async ({ page }) => {
    await page.goto(GLOSSARY);
    await page.getByRole('searchbox', { name: 'Search the glossary' }).fill('zzzz');
    await expect(page.getByText('No term matches “zzzz”.')).toBeVisible();
  });

  it('orders terms 가나다 in Korean', async ({ page }) => {
    await page.goto('/ko/articles/korea-china-diplomats-talks/glossary');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const korean = await page.locator('#glossary-list dd > span[lang="ko"]:first-child').allTextContents();
    expect(korean.indexOf('강화하다')).toBeGreaterThanOrEqual(0);
    expect(korean.indexOf('강화하다')).toBeLessThan(korean.indexOf('회담'));
    expect(korean.indexOf('관계를 회복하다')).toBeLessThan(korean.indexOf('정상회담'));
  });
});
