import { devices, expect, test as it, type Page } from '@playwright/test';
import { DEFAULT_DIRECTIONS, dueCount, REVIEW_KEY, type Direction } from '../../lib/review/deck';
import { fill } from '../../lib/i18n/fill';
import { WORDS_KEY, type SavedWord } from '../../lib/words/store';
import en from '../../messages/en.json' with { type: 'json' };
import ko from '../../messages/ko.json' with { type: 'json' };
import zh from '../../messages/zh.json' with { type: 'json' };
import { SUMMIT } from '../saved-words';
import { block, hydrated, openReader, storeWords } from './utils';

const MESSAGES = { en, ko, zh };
type Locale = keyof typeof MESSAGES;
// Three terms of the first paragraph; a term card is headed by its English headword in every locale.
const TERMS = ['summit', 'mend ties', 'ahead of'];
/** What this browser stores: the saved words and the schedule, as the strings the page keeps. */
async function stored(page: Page) {
  return page.evaluate(
    ([w, r]) => [localStorage.getItem(w!), localStorage.getItem(r!)] as const,
    [WORDS_KEY, REVIEW_KEY],
  );
}

/** Saves the three terms from their definitions in the reader, as a learner does. */
async function saveThree(page: Page, locale: Locale) {
  await openReader(page, '', locale);
  await hydrated(page);
  for (const term of TERMS) {
    // Focus opens the definition (as in learner.spec.ts); a click right after a hover's opening
    // would close it again.
    await block(page, 1, 'en').getByRole('button', { name: term, exact: true }).focus();
    const card = page.getByRole('dialog', { name: term });
    await expect(card).toBeVisible();
    const save = card.getByRole('button', { name: MESSAGES[locale].Words.save });
    await save.focus();
    await page.keyboard.press('Enter');
    await expect(save).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
  }
}

/**
 * Waits until the review has read this device's storage. The server's HTML cannot know the saved
 * words or the chosen directions: it shows no count and every direction unchecked and disabled.
 * Before the island has read them, uncheck() finds a box already unchecked and does nothing
 * (Playwright checks the state before waiting for the box to be enabled), so a direction the test
 * meant to drop stayed chosen. waitFor is bounded by the test's timeout, not expect's 5 s: on a
 * loaded machine the page's second module can take longer than that to arrive.
 */
async function reviewRead(page: Page) {
  await page.locator('.review-deck button:enabled').waitFor({ state: 'attached' });
}

const reviewLink = (page: Page, locale: Locale) =>
  page.getByRole('banner').getByRole('link', { name: MESSAGES[locale].Review.nav });

const directionLabel = (locale: Locale, d: Direction) => {
  const [from, to] = d.split('-') as ['en' | 'ko' | 'zh', 'en' | 'ko' | 'zh'];
  return fill(MESSAGES[locale].Review.direction, {
    from: MESSAGES[locale].Languages[from],
    to: MESSAGES[locale].Languages[to],
  });
};

for (const locale of ['en', 'ko', 'zh'] as const) {
  const t = MESSAGES[locale].Review;

  it(`${locale}: saves three words, reviews them by keys and clicks, and shows the scheduled due count after a reload`, async ({
    page,
  }) => {
    it.slow();
    await saveThree(page, locale);
    // Every new card is due: three words in each default direction.
    await expect(reviewLink(page, locale).locator('.due-badge')).toHaveText(String(3 * DEFAULT_DIRECTIONS.length));
    await reviewLink(page, locale).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title);
    await reviewRead(page);

    // Practise English → Korean only.
    await page.locator('summary', { hasText: t.directions }).click();
    for (const d of DEFAULT_DIRECTIONS.filter((x) => x !== 'en-ko')) {
      await page.getByRole('checkbox', { name: directionLabel(locale, d) }).uncheck();
    }
    await expect(page.getByRole('checkbox', { name: directionLabel(locale, 'en-ko') })).toBeChecked();
    await expect(page.getByText(fill(t.dueNow, { count: 3 }))).toBeVisible();
    // The choice is remembered on the device.
    await page.reload();
    await reviewRead(page);
    await expect(page.getByText(fill(t.dueNow, { count: 3 }))).toBeVisible();

    const [wordsRaw] = await stored(page);
    const words = (JSON.parse(wordsRaw!) as { words: SavedWord[] }).words;
    const card = page.locator('.review-card');
    const grades = page.getByRole('group', { name: t.grades });

    // First card by keys: Space shows the answer, 3 grades it Good.
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(words[0]!.en);
    await expect(
      page.getByRole('status').filter({ hasText: fill(t.nextCard, { prompt: words[0]!.en }) }),
    ).toBeAttached();
    await page.keyboard.press(' ');
    await expect(card.getByText(words[0]!.ko, { exact: true })).toBeVisible();
    await expect(page.locator('.review-answer')).toBeFocused();
    await page.keyboard.press('3');
    // Focus follows to the next card, which is announced.
    await expect(card).toBeFocused();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(words[1]!.en);
    await expect(
      page.getByRole('status').filter({ hasText: fill(t.nextCard, { prompt: words[1]!.en }) }),
    ).toBeAttached();

    // Second by clicks: Again. Third: Easy.
    await page.getByRole('button', { name: t.reveal }).click();
    await grades.getByRole('button', { name: t.again }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(words[2]!.en);
    await page.getByRole('button', { name: t.reveal }).click();
    await grades.getByRole('button', { name: t.easy }).click();
    await expect(page.locator('.review-done')).toBeFocused();

    // Two minutes later, the card graded Again is due again and the others are not: the
    // header says what the stored schedule says.
    const later = new Date(Date.now() + 2 * 60_000);
    await page.clock.setFixedTime(later);
    await page.reload();
    await reviewRead(page);
    const [w, r] = await stored(page);
    const expected = dueCount(w, r, later);
    expect(expected).toBe(1);
    await expect(reviewLink(page, locale).locator('.due-badge')).toHaveText(String(expected));
    await expect(page.getByText(fill(t.dueNow, { count: expected! }))).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(words[1]!.en);
  });
}

it.describe('the deck file', () => {
  const t = en.Review;

  it('moves the deck: exported, cleared, imported again', async ({ page }) => {
    await saveThree(page, 'en');
    await page.goto('/en/words/review');
    await reviewRead(page);
    await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
    await page.keyboard.press(' ');
    // Grade once the answer shows, as a learner does: a key pressed before the page has drawn
    // the answer is not yet a grade (this test once pressed 4 that early on a loaded machine).
    await expect(page.locator('.review-answer')).toBeFocused();
    await page.keyboard.press('4');
    await expect(page.getByRole('heading', { level: 2 })).not.toHaveText(TERMS[0]!);
    const before = await stored(page);
    await page.locator('summary', { hasText: t.deck }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t.download }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-deck\.json$/);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await reviewRead(page);
    await page.locator('summary', { hasText: t.deck }).click();
    await page.getByLabel(t.importLabel).setInputFiles(await download.path());
    await expect(page.getByRole('status').filter({ hasText: fill(t.imported, { count: TERMS.length }) })).toBeVisible();
    const after = await stored(page);
    expect(JSON.parse(after[0]!)).toEqual(JSON.parse(before[0]!));
    expect(JSON.parse(after[1]!)).toEqual(JSON.parse(before[1]!));
  });

  it('refuses a file that is not a deck, says why, and changes nothing', async ({ page }) => {
    await saveThree(page, 'en');
    await page.goto('/en/words/review');
    await reviewRead(page);
    const before = await stored(page);
    await page.locator('summary', { hasText: t.deck }).click();
    await page.getByLabel(t.importLabel).setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"words": "mine"}'),
    });
    await expect(page.getByRole('alert')).toHaveText(t.importNotDeck);
    expect(await stored(page)).toEqual(before);
  });
});

it('explains an unreadable schedule, keeps it until the learner starts over', async ({ page }) => {
  const t = en.Review;
  await page.goto('/en/words/review');
  await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"cards":'), REVIEW_KEY);
  await page.reload();
  await reviewRead(page);
  await expect(page.getByRole('alert')).toContainText(t.unreadable);
  expect((await stored(page))[1]).toBe('{"v":1,"cards":');
  await page.getByRole('button', { name: t.startOver }).click();
  await expect(page.getByRole('alert')).toBeHidden();
  expect((await stored(page))[1]).toBeNull();
});

it.describe('on a phone', () => {
  // The device's options without its browser choice, which a group cannot change.
  const { defaultBrowserType, ...pixel } = devices['Pixel 7'];
  it.use(pixel);

  it('reviews a card by taps, within the screen width', async ({ page }) => {
    const t = ko.Review;
    // Saving by taps is the reader's own phone test (terms.spec.ts); here the word is stored.
    await page.goto('/ko');
    await storeWords(page, [SUMMIT]);
    await page.reload();
    await reviewLink(page, 'ko').tap();
    await page.getByRole('button', { name: t.reveal }).tap();
    await page.getByRole('group', { name: t.grades }).getByRole('button', { name: t.good }).tap();
    await expect(page.getByRole('heading', { level: 2 })).not.toHaveText(TERMS[0]!);
    const [w, r] = await stored(page);
    await expect(page.getByText(fill(t.dueNow, { count: dueCount(w, r, new Date())! }))).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});
