import { expect, test as it } from '@playwright/test';
import { hydrated, openReader, paragraph, paragraphToggles, block } from './utils';

it.describe('keyboard', () => {
  it('moves between paragraphs with j and k, focus and address following', async ({ page }) => {
    await openReader(page);
    await hydrated(page);
    await page.keyboard.press('j');
    await expect(paragraph(page, 1)).toBeFocused();
    await page.keyboard.press('j');
    await expect(paragraph(page, 2)).toBeFocused();
    await expect(page).toHaveURL(/#p2$/);
    await page.keyboard.press('k');
    await expect(paragraph(page, 1)).toBeFocused();
  });

  it('toggles Korean in the current paragraph with 2', async ({ page }) => {
    await openReader(page, '#p3');
    await hydrated(page);
    await page.keyboard.press('2');
    await expect(paragraphToggles(page, 3).getByRole('button', { name: 'Korean' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(paragraphToggles(page, 4).getByRole('button', { name: 'Korean' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('opens the glossary with g', async ({ page }) => {
    await openReader(page);
    await hydrated(page);
    await page.keyboard.press('g');
    await expect(page).toHaveURL(/\/en\/articles\/korea-china-diplomats-talks\/glossary$/);
  });

  it('lists the shortcuts in the interface language with ?', async ({ page }) => {
    await openReader(page, '', 'ko');
    await hydrated(page);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: '단축키' });
    await expect(dialog).toContainText('다음 문단');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  it('does nothing while the reader types in a field', async ({ page }) => {
    await page.goto('/en/articles/korea-china-diplomats-talks?focus=summit&title=T');
    await hydrated(page);
    const radio = page.getByRole('radio').first();
    await radio.focus();
    await page.keyboard.press('j');
    await expect(page).not.toHaveURL(/#p1$/);
    await expect(radio).toBeFocused();
  });
});

it.describe('comfort', () => {
  it('switches to the dark theme and keeps it on the next page, before the first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openReader(page);
    await hydrated(page);
    await page.getByText('Display', { exact: true }).click();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(22, 22, 21)');
    await page.goto('/en', { waitUntil: 'commit' });
    await page.waitForFunction(() => document.body !== null);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });

  it('sets a larger text size', async ({ page }) => {
    await openReader(page);
    await hydrated(page);
    await page.getByText('Display', { exact: true }).click();
    await page.getByRole('radio', { name: 'Large', exact: true }).check();
    await expect(page.locator('html')).toHaveCSS('font-size', '18px');
  });

  it('offers to continue where the reader stopped', async ({ page }) => {
    await openReader(page);
    await hydrated(page);
    for (let i = 0; i < 3; i++) await page.keyboard.press('j');
    await expect(page).toHaveURL(/#p3$/);
    await page.goto('/en');
    const link = page.getByRole('link', { name: /Top diplomats of S\. Korea, China hold talks \(paragraph 3\)/ });
    await expect(link).toHaveAttribute('href', '/en/articles/korea-china-diplomats-talks#p3');
  });

  it('ignores a corrupted reading position', async ({ page }) => {
    await page.goto('/en');
    await page.evaluate(() => localStorage.setItem('reader.last', '{"slug":"<script>","paragraph":-1'));
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Continue reading')).toHaveCount(0);
  });
});

it.describe('print', () => {
  it('prints the text and its glossary without controls', async ({ page }) => {
    await openReader(page, '?show=en,ko');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('group', { name: 'Show in all paragraphs' })).toBeHidden();
    await expect(paragraphToggles(page, 1)).toBeHidden();
    await expect(page.locator('#p1-gloss')).toBeVisible();
    await expect(block(page, 1, 'ko')).toBeVisible();
  });
});

it.describe('saved words', () => {
  async function saveSummit(page: import('@playwright/test').Page) {
    await openReader(page);
    await hydrated(page);
    // Keyboard only: focus the term, which opens its definition, then tab into the card.
    const term = block(page, 1, 'en').getByRole('button', { name: 'summit', exact: true });
    await term.focus();
    const card = page.getByRole('dialog', { name: 'summit' });
    await expect(card).toBeVisible();
    const save = card.getByRole('button', { name: 'Save to My words' });
    await save.focus();
    await page.keyboard.press('Enter');
    await expect(save).toHaveAttribute('aria-pressed', 'true');
  }

  it('saves a word from its definition with the sentence it came from', async ({ page }) => {
    await saveSummit(page);
    await page.goto('/en/words');
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'summit' }) });
    await expect(item).toContainText('정상회담');
    await expect(item).toContainText('首脑会晤');
    await expect(item).toContainText('ahead of an upcoming summit between their leaders.');
    await expect(item.getByRole('link', { name: '¶1' })).toHaveAttribute(
      'href',
      '/en/articles/korea-china-diplomats-talks#p1',
    );
  });

  it('removes a saved word', async ({ page }) => {
    await saveSummit(page);
    await page.goto('/ko/words');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('내 단어장');
    await page.getByRole('button', { name: 'summit 삭제' }).click();
    await expect(page.getByText('아직 저장한 단어가 없습니다.', { exact: false })).toBeVisible();
  });

  for (const [label, file, expected] of [
    ['Download CSV', /\.csv$/, 'english,korean,hanja,chinese,pinyin,sentence,link,saved_at'],
    ['Download for Anki', /-anki\.txt$/, '#separator:tab'],
  ] as const) {
    it(`exports: ${label}`, async ({ page }) => {
      await saveSummit(page);
      await page.goto('/en/words');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: label }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(file);
      const text = await (await download.createReadStream()).toArray();
      const content = Buffer.concat(text as Buffer[]).toString('utf8');
      expect(content).toContain(expected);
      expect(content).toContain('정상회담');
    });
  }

  it('explains corrupted saved words instead of failing, and keeps them until cleared', async ({ page }) => {
    await page.goto('/en/words');
    await page.evaluate(() => localStorage.setItem('words', '{"v":1,"words":[{"key":"<img>"}'));
    await page.reload();
    await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('words'))).toBe('{"v":1,"words":[{"key":"<img>"}');
    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect(page.getByText('No saved words yet.', { exact: false })).toBeVisible();
  });
});

it.describe('read aloud', () => {
  // Headless Chromium has no voices: a stand-in speech synthesis with English and Korean ones,
  // which records what it is asked to say.
  it.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = [];
      (window as unknown as { spoken: typeof spoken }).spoken = spoken;
      const voices = [
        { lang: 'en-US', name: 'English' },
        { lang: 'ko-KR', name: 'Korean' },
      ];
      // Chromium's own utterance accepts only its own voice objects.
      (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
        lang = '';
        voice: unknown = null;
        onend: unknown = null;
        onerror: unknown = null;
        constructor(readonly text: string) {}
      };
      Object.defineProperty(window, 'speechSynthesis', {
        value: {
          getVoices: () => voices,
          addEventListener: () => {},
          cancel: () => {},
          speak: (u: SpeechSynthesisUtterance) => {
            spoken.push({ text: u.text, lang: u.lang });
          },
        },
      });
    });
  });

  it('reads a paragraph in the language chosen, with a voice for it', async ({ page }) => {
    await openReader(page, '?show=en,ko');
    await hydrated(page);
    await paragraph(page, 2).getByRole('button', { name: 'Listen · Korean' }).click();
    const spoken = await page.evaluate(
      () => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken,
    );
    expect(spoken).toEqual([{ text: expect.stringContaining('강경화 외교부 장관은'), lang: 'ko-KR' }]);
    await expect(paragraph(page, 2)).toHaveAttribute('data-speaking', '');
  });

  it('offers no listen button for a language the device has no voice for', async ({ page }) => {
    await openReader(page, '?show=en,zh');
    await hydrated(page);
    await expect(paragraph(page, 2).getByRole('button', { name: 'Listen · English' })).toBeVisible();
    await expect(paragraph(page, 2).getByRole('button', { name: 'Listen · Chinese' })).toHaveCount(0);
  });
});

it.describe('Traditional Chinese', () => {
  it('switches the Chinese to Traditional characters, marked zh-Hant, and remembers it', async ({ page }) => {
    await openReader(page, '?show=zh');
    await hydrated(page);
    await page.getByRole('button', { name: 'Traditional Chinese' }).click();
    const hant = block(page, 2, 'zh-Hant');
    await expect(hant).toBeVisible();
    await expect(hant).toContainText('韓國外長康京和21日抵達北京');
    await expect(block(page, 2, 'zh-Hans')).toBeHidden();
    await page.reload();
    await expect(hant).toBeVisible();
  });

  it('keeps names and terms working in Traditional text', async ({ page }) => {
    await openReader(page, '?show=zh');
    await hydrated(page);
    await page.getByRole('button', { name: 'Traditional Chinese' }).click();
    await block(page, 2, 'zh-Hant').getByRole('button', { name: '康京和' }).click();
    await expect(page.getByRole('dialog', { name: 'Kang Kyung-wha' })).toBeVisible();
  });
});

it.describe('pronunciation', () => {
  it('shows pinyin and romanization above every paragraph, and takes them away again', async ({ page }) => {
    await openReader(page, '?show=ko,zh');
    await hydrated(page);
    const global = page.locator('.language-bar').getByRole('button', { name: 'Pronunciation' });
    await global.click();
    const ko = block(page, 2, 'ko');
    await expect(ko.locator('ruby', { hasText: '외교부' }).first().locator('rt')).toHaveText('oegyobu');
    await expect(block(page, 2, 'zh-Hans').locator('ruby', { hasText: '京' }).first().locator('rt')).toHaveText('jīng');
    await expect(paragraph(page, 9).locator('rt').first()).toBeVisible();
    await global.click();
    await expect(paragraph(page, 2).locator('rt')).toHaveCount(0);
  });

  it('turns on for one paragraph alone, off by default', async ({ page }) => {
    await openReader(page, '?show=zh');
    await hydrated(page);
    await expect(page.locator('rt')).toHaveCount(0);
    await paragraph(page, 3).getByRole('button', { name: 'Pronunciation' }).click();
    await expect(block(page, 3, 'zh-Hans').locator('rt').first()).toBeVisible();
    await expect(paragraph(page, 4).locator('rt')).toHaveCount(0);
  });

  it('keeps the readings out of copied text', async ({ page }) => {
    await openReader(page, '?show=zh');
    await hydrated(page);
    await paragraph(page, 3).getByRole('button', { name: 'Pronunciation' }).click();
    await expect(block(page, 3, 'zh-Hans').locator('rt').first()).toHaveCSS('user-select', 'none');
  });

  it('reads Traditional text with the readings of its Simplified original', async ({ page }) => {
    await openReader(page, '?show=zh');
    await hydrated(page);
    await page.getByRole('button', { name: 'Traditional Chinese' }).click();
    await paragraph(page, 1).getByRole('button', { name: 'Pronunciation' }).click();
    const hant = block(page, 1, 'zh-Hant');
    await expect(hant.locator('ruby', { hasText: '會' }).first().locator('rt')).toHaveText('huì');
  });
});
