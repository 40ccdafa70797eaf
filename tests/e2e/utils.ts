import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { CLASS } from '../../lib/reader/dom';
import { WORDS_KEY, WORDS_VERSION, type SavedWord } from '../../lib/words/store';

export const ARTICLE = '/en/articles/korea-china-diplomats-talks';

/** Opens the reader in `locale` with an optional query, e.g. `?show=ko`. */
export async function openReader(page: Page, query = '', locale = 'en') {
  await page.goto(`/${locale}/articles/korea-china-diplomats-talks${query}`);
}

export function paragraph(page: Page, n: number) {
  return page.locator(`#p${n}`);
}

/** The toggle group of paragraph n, by its accessible name in English. */
export function paragraphToggles(page: Page, n: number) {
  return page.getByRole('group', { name: `Languages for paragraph ${n}` });
}

export function globalToggles(page: Page) {
  return page.getByRole('group', { name: 'Show in all paragraphs' });
}

// Sentences from paragraph 2 in each language, to see which are shown.
export const P2 = {
  en: 'South Korean Foreign Minister Kang Kyung-wha arrived in Beijing',
  ko: '강경화 외교부 장관은 왕이 중국 외교부장과의 회담을 위해',
  zh: '韩国外长康京和21日抵达北京',
};

/** The text of paragraph n in one language (not its glossary or notes). */
export function block(page: Page, n: number, lang: 'en' | 'ko' | 'zh-Hans' | 'zh-Hant') {
  return paragraph(page, n).locator(`.${CLASS.paraBody} > [lang="${lang}"]`);
}

/** Waits until the reader's islands have hydrated: a toggle shows its pressed state. A click
 *  before that reaches a button that has no handler yet. */
export async function hydrated(page: Page) {
  await page.locator('button[aria-pressed="true"]').first().waitFor();
}

/**
 * Runs axe on the page, or on `within` (a part just opened, when the rest of the page is
 * covered by another test). In the dark theme only colours change, so `contrastOnly`
 * checks just that: a full run on the reader takes ten seconds on two cores.
 */
export async function expectNoViolations(
  page: Page,
  { within, contrastOnly = false }: { within?: string; contrastOnly?: boolean } = {},
) {
  // Paragraphs off screen skip rendering (content-visibility: auto) until scrolled to; axe's
  // hit tests (target size, contrast) would then see nothing there. Lay everything out first.
  await page.addStyleTag({ content: '.para, .people { content-visibility: visible !important; }' });
  let axe = new AxeBuilder({ page });
  axe = contrastOnly
    ? axe.withRules(['color-contrast'])
    : axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  if (within) axe = axe.include(within);
  const { violations } = await axe.analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Stores saved words in this browser, as My words keeps them (the page must be open; reload to show them). */
export async function storeWords(page: Page, words: SavedWord[]) {
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [WORDS_KEY, JSON.stringify({ v: WORDS_VERSION, words })],
  );
}

/** Opens the reader with `query` (e.g. `?show=en`) once its islands run, and points at the marked word `name` of paragraph n. */
export async function hoverMarked(page: Page, query: string, n: number, name: string) {
  await openReader(page, query);
  await hydrated(page);
  await paragraph(page, n).getByRole('button', { name }).hover();
}
