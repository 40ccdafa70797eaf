import { expect, test as it, type Page } from '@playwright/test';
import fs from 'node:fs';
import { CLASS, SELECTOR } from '../../lib/reader/dom';
import { block, hydrated, openReader, paragraph } from './utils';

// Phrase alignment (#16) in the reader: the highlight, the word-order view and the copy. What
// the page should show is read from the article's content file and the messages.

type Lang = 'en' | 'ko' | 'zh';
const LANGS: Lang[] = ['en', 'ko', 'zh'];
const LOCALES = ['en', 'ko', 'zh'] as const;
const HTML_LANG = { en: 'en', ko: 'ko', zh: 'zh-Hans' } as const;
const SLUG = 'korea-china-diplomats-talks';

type StoredParagraph = { id: string; text: Record<Lang, string>; align?: Record<Lang, [string, number][]> };
const article: { headline: Record<Lang, string>; paragraphs: StoredParagraph[] } = JSON.parse(
  fs.readFileSync(`content/articles/${SLUG}/article.json`, 'utf8'),
);
const { paragraphs } = article;
const headline = article.headline.en;
const messages = (locale: string) => JSON.parse(fs.readFileSync(`messages/${locale}.json`, 'utf8'));

/** The first aligned paragraph (its number, counted from 1) and its alignment. */
const n = paragraphs.findIndex((p) => p.align) + 1;
const align = paragraphs[n - 1]!.align!;
const phrasesOf = (lang: Lang, group: number) => align[lang].filter(([, g]) => g === group).map(([t]) => t.trim());
/** A group that every language has, and that stands in a different place in the Korean than
 *  in the English (word order is what the learner should see). */
const group = align.en
  .map(([, g]) => g)
  .find(
    (g) =>
      g > 0 &&
      LANGS.every((l) => phrasesOf(l, g).length > 0) &&
      align.ko.findIndex(([, x]) => x === g) !== align.en.findIndex(([, x]) => x === g),
  )!;

const phrase = (page: Page, lang: Lang, g: number) =>
  block(page, n, HTML_LANG[lang]).locator(SELECTOR.group(String(g)));
const lit = (page: Page, lang: Lang) => block(page, n, HTML_LANG[lang]).locator(`.${CLASS.phraseOn}`);

/** The text copied for one paragraph, as a worksheet gets it: a line per language. */
const copied = (locale: string) =>
  LANGS.map(
    (lang) =>
      `${messages(locale).Languages[lang]}: ${align[lang].map(([t, g]) => (g === 0 ? t.trim() : `[${g} ${t.trim()}]`)).join(' ')}`,
  ).join('\n');

/** Opens the aligned paragraph's word-order view in `locale` (once the islands run, if asked); gives that locale's messages. */
async function openWordOrder(page: Page, locale: Lang, { hydrate = false } = {}) {
  const t = messages(locale);
  await openReader(page, '', locale);
  if (hydrate) await hydrated(page);
  await paragraph(page, n).getByText(t.Align.wordOrder, { exact: true }).click();
  return t;
}

it.describe('phrase highlight', () => {
  it.skip(({ isMobile }) => isMobile, 'hover and keyboard: desktop');

  for (const locale of LOCALES) {
    it(`hovering a phrase lights its counterparts in the other languages, with the group's number (${locale})`, async ({
      page,
    }) => {
      await openReader(page, '?show=en,ko,zh', locale);
      await hydrated(page);
      await phrase(page, 'en', group).first().hover();
      for (const lang of LANGS) await expect(lit(page, lang)).toHaveText(phrasesOf(lang, group));
      const badge = await lit(page, 'ko')
        .first()
        .evaluate((el) => getComputedStyle(el, '::before').content);
      expect(badge).toBe(`"${group}"`);
    });
  }

  it('lights only the languages shown, and puts the light out when the pointer leaves the text', async ({ page }) => {
    await openReader(page, '?show=en,zh');
    await hydrated(page);
    await phrase(page, 'zh', group).first().hover();
    await expect(lit(page, 'en')).toHaveText(phrasesOf('en', group));
    await expect(block(page, n, 'ko')).toBeHidden();
    await page.getByRole('heading', { level: 1 }).hover();
    await expect(paragraph(page, n).locator(`.${CLASS.phraseOn}`)).toHaveCount(0);
  });

  it('follows keyboard focus of a term inside a phrase, and the term still opens its definition', async ({ page }) => {
    await openReader(page, '?show=en,ko');
    await hydrated(page);
    const term = phrase(page, 'en', group).getByRole('button').first();
    await term.focus();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(lit(page, 'ko')).toHaveText(phrasesOf('ko', group));
  });

  it('keeps working with pronunciation on', async ({ page }) => {
    await openReader(page, '?show=en,zh');
    await hydrated(page);
    await paragraph(page, n)
      .getByRole('button', { name: messages('en').Reader.pronunciation })
      .click();
    await expect(block(page, n, 'zh-Hans').locator('rt').first()).toBeVisible();
    await phrase(page, 'zh', group).first().hover();
    await expect(lit(page, 'en')).toHaveText(phrasesOf('en', group));
  });
});

it.describe('word-order view', () => {
  it.skip(({ isMobile }) => isMobile, 'desktop; the phone layout has its own test');

  for (const locale of LOCALES) {
    it(`shows the paragraph's three orders, each language labelled and each phrase numbered (${locale})`, async ({
      page,
    }) => {
      const t = await openWordOrder(page, locale);
      const view = paragraph(page, n).locator(`.${CLASS.wordOrderRows}`);
      for (const lang of LANGS) {
        const row = view
          .locator(`.${CLASS.wordOrderRow}`)
          .filter({ has: page.getByRole('term').getByText(t.Languages[lang], { exact: true }) });
        await expect(row.locator(`.${CLASS.wordOrderPhrase}`)).toHaveText(
          align[lang].map(([text, g]) => (g === 0 ? `–${t.Align.unaligned} ${text.trim()}` : `${g} ${text.trim()}`)),
        );
        await expect(row.getByRole('definition')).toHaveAttribute('lang', HTML_LANG[lang]);
      }
    });
  }

  it('copies the paragraph with its alignment as plain text, and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const t = await openWordOrder(page, 'ko', { hydrate: true });
    await paragraph(page, n).getByRole('button', { name: t.Align.copy }).click();
    await expect(paragraph(page, n).getByRole('status')).toHaveText(t.Align.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(copied('ko'));
  });

  it('shows the text selected to copy by hand when the browser refuses the clipboard', async ({ page }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    const t = await openWordOrder(page, 'zh', { hydrate: true });
    await paragraph(page, n).getByRole('button', { name: t.Align.copy }).click();
    await expect(paragraph(page, n).getByRole('status')).toHaveText(t.Align.copyFailed);
    const field = paragraph(page, n).getByRole('textbox', { name: t.Align.copy });
    await expect(field).toHaveValue(copied('zh'));
    await expect(field).toBeFocused();
  });

  it('shows the whole article on its own page, reached from the reader, and copies it all', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const t = messages('en');
    await openReader(page);
    await hydrated(page);
    await page.getByRole('link', { name: t.Align.pageLink }).click();
    await page.waitForURL(`**/en/articles/${SLUG}/word-order`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.Align.pageTitle.replace('{headline}', headline));
    const aligned = paragraphs.filter((p) => p.align);
    await expect(page.locator(`.${CLASS.wordOrderRows}`)).toHaveCount(aligned.length);
    await expect(
      page.getByRole('heading', { level: 2, name: t.Article.paragraph.replace('{n}', String(n)), exact: true }),
    ).toBeVisible();
    await page.getByRole('button', { name: t.Align.copyAll }).click();
    await expect(page.getByRole('status').first()).toHaveText(t.Align.copied);
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text.startsWith(`${t.Article.paragraph.replace('{n}', String(n))}\n${copied('en')}`)).toBe(true);
  });
});

it.describe('without JavaScript', () => {
  it.skip(({ isMobile }) => isMobile, 'desktop');
  it.use({ javaScriptEnabled: false });

  it('reads the aligned paragraph as before, and its word-order view still opens', async ({ page }) => {
    await openReader(page);
    for (const lang of LANGS)
      await expect(block(page, n, HTML_LANG[lang])).toContainText(paragraphs[n - 1]!.text[lang]);
    await expect(paragraph(page, n).getByRole('button', { name: messages('en').Align.copy })).toBeHidden();
    await paragraph(page, n).getByText(messages('en').Align.wordOrder, { exact: true }).click();
    await expect(paragraph(page, n).locator(`.${CLASS.wordOrderRows}`)).toBeVisible();
  });
});

it.describe('on a phone', () => {
  it.skip(({ isMobile }) => !isMobile, 'tap and the narrow layout');

  for (const locale of LOCALES) {
    it(`a tap lights a phrase's counterparts, a tap outside the text puts them out (${locale})`, async ({ page }) => {
      await openReader(page, '?show=en,ko,zh', locale);
      await hydrated(page);
      await phrase(page, 'ko', group).first().tap();
      await expect(lit(page, 'zh')).toHaveText(phrasesOf('zh', group));
      await expect(lit(page, 'en')).toHaveText(phrasesOf('en', group));
      await page.getByRole('heading', { level: 1 }).tap();
      await expect(paragraph(page, n).locator(`.${CLASS.phraseOn}`)).toHaveCount(0);
    });
  }

  it('stacks the word-order view within the screen, each language label above its phrases', async ({ page }) => {
    await openWordOrder(page, 'ko');
    const row = paragraph(page, n).locator(`.${CLASS.wordOrderRow}`).first();
    const label = (await row.getByRole('term').boundingBox())!;
    const phrases = (await row.getByRole('definition').boundingBox())!;
    expect(phrases.y).toBeGreaterThanOrEqual(label.y + label.height - 1);
    const width = page.viewportSize()!.width;
    for (const box of await paragraph(page, n)
      .locator(`.${CLASS.wordOrderPhrase}`)
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right)))
      expect(box).toBeLessThanOrEqual(width);
  });
});
