import { expect, test as it, type Page } from '@playwright/test';
import { hydrated, block } from './utils';

const READER = '/en/articles/korea-china-diplomats-talks';

/** The builder, hydrated (its link field is filled in), on the seed article. */
async function openBuilder(page: Page, locale = 'en') {
  await page.goto(`/${locale}/teach`);
  await expect(page.locator('.link-field')).toHaveValue(/^http/);
  await page.locator('select').first().selectOption('korea-china-diplomats-talks');
}

/** Answers every question right, reading the answer from the question itself. */
async function answerAll(page: Page, answers: Record<string, string>) {
  for (const [question, option] of Object.entries(answers)) {
    await page.getByRole('group', { name: question }).getByRole('radio', { name: option, exact: true }).check();
  }
}

it.describe('assignment builder', () => {
  it('builds a link from the teacher’s choices', async ({ page }) => {
    await openBuilder(page);
    await page.getByRole('button', { name: 'Clear' }).click();
    for (const n of [2, 3, 4]) await page.getByRole('checkbox', { name: new RegExp(`^¶${n} `) }).check();
    await page.getByRole('checkbox', { name: 'Korean', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Students may show the other languages' }).uncheck();
    await page.getByRole('searchbox', { name: 'Filter terms' }).fill('summit');
    await page.getByRole('checkbox', { name: /^summit ·/ }).check();
    await page.getByRole('textbox', { name: 'Title' }).fill('Week 12');
    await page.getByRole('textbox', { name: 'Instructions' }).fill('Read twice.');
    await page.getByLabel('Due date').fill('2026-12-04');
    const link = new URL(await page.getByRole('textbox', { name: 'Assignment link' }).inputValue());
    expect(link.pathname).toBe(READER);
    expect(Object.fromEntries(link.searchParams)).toEqual({
      show: 'en,ko',
      reveal: '0',
      paras: '2-4',
      focus: 'summit',
      title: 'Week 12',
      note: 'Read twice.',
      due: '2026-12-04',
    });
  });

  it('shows a QR code of the link for the projector', async ({ page }) => {
    await openBuilder(page);
    await expect(page.getByRole('img', { name: /QR/ }).locator('svg')).toBeVisible();
  });

  it('says what is missing instead of giving a link without paragraphs', async ({ page }) => {
    await openBuilder(page);
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(page.getByRole('alert').first()).toHaveText('Choose at least one paragraph.');
    await expect(page.getByRole('textbox', { name: 'Assignment link' })).toHaveCount(0);
  });

  it('keeps the draft across a reload', async ({ page }) => {
    await openBuilder(page);
    await page.getByRole('textbox', { name: 'Title' }).fill('Draft title');
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Draft title');
    await expect(page.getByText('Your last draft was restored.')).toBeVisible();
  });

  for (const [locale, heading, copy] of [
    ['ko', '기사 과제 내기', '링크 복사'],
    ['zh', '布置文章作业', '复制链接'],
  ]) {
    it(`works in the ${locale} interface`, async ({ page }) => {
      await openBuilder(page, locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading!);
      await expect(page.getByRole('button', { name: copy })).toBeVisible();
      await expect(page.locator('.link-field')).toHaveValue(new RegExp(`/${locale}/articles/`));
    });
  }

  it('copies the link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openBuilder(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await page.locator('.link-field').inputValue(),
    );
  });
});

it('goes from the builder to a finished check that survives a reload', async ({ page }) => {
  // Two pages, a reload and six answers: near 20 s on two cores.
  it.slow();
  await openBuilder(page, 'ko');
  await page.getByRole('button', { name: '선택 해제' }).click();
  await page.getByRole('checkbox', { name: /^¶1 / }).check();
  await page.getByRole('searchbox', { name: '용어 찾기' }).fill('summit');
  await page.getByRole('checkbox', { name: /^summit ·/ }).check();
  await page.getByRole('textbox', { name: '제목' }).fill('1주차');
  const link = await page.getByRole('textbox', { name: '과제 링크' }).inputValue();
  await page.goto(link);
  await expect(page.getByRole('region', { name: '1주차' })).toBeVisible();
  await expect(page.locator('#p2')).toBeHidden();
  await page.locator('#p1').getByRole('button', { name: '읽음으로 표시' }).click();
  const form = page.getByRole('form', { name: '어휘 확인' });
  await expect(form.getByRole('group')).toHaveCount(3);
  for (const group of await form.getByRole('group').all()) await group.getByRole('radio').first().check();
  await page.getByRole('button', { name: '답 확인하기' }).click();
  const score = await page.locator('.score').textContent();
  expect(score).toMatch(/^3개 중 \d개 정답$/);
  await page.reload();
  await expect(page.locator('.score')).toHaveText(score!);
  await expect(page.getByText('1개 문단 중 1개 읽음')).toBeVisible();
});

const ASSIGNMENT = `${READER}?show=en&paras=1-2&focus=summit,mend-ties&title=Week%2012&note=Read%20twice.&due=2026-12-04`;

it.describe('student view', () => {
  it('shows the title, instructions and due date', async ({ page }) => {
    await page.goto(ASSIGNMENT);
    const banner = page.getByRole('region', { name: 'Week 12' });
    await expect(banner).toContainText('Read twice.');
    await expect(banner).toContainText('Due Friday, December 4, 2026');
  });

  it('formats the due date for the interface language', async ({ page }) => {
    await page.goto(ASSIGNMENT.replace('/en/', '/ko/'));
    await expect(page.getByText('마감: 2026년 12월 4일 금요일')).toBeVisible();
  });

  it('shows only the assigned paragraphs until the student asks for the whole article', async ({ page }) => {
    await page.goto(ASSIGNMENT);
    await expect(page.locator('#p3')).toBeHidden();
    await expect(page.locator('#p2')).toBeVisible();
    await page.getByRole('button', { name: 'Show the whole article' }).click();
    await expect(page.locator('#p3')).toBeVisible();
  });

  it('makes the focus terms stand out', async ({ page }) => {
    await page.goto(ASSIGNMENT);
    await expect(page.locator('#p1 .term-ref.focus', { hasText: 'mend ties' })).toBeVisible();
    await expect(page.locator('#p1 .term-ref.focus').filter({ visible: true })).toHaveCount(2);
  });

  it('counts the paragraphs marked as read and remembers them', async ({ page }) => {
    await page.goto(ASSIGNMENT);
    await page.locator('#p1').getByRole('button', { name: 'Mark as read' }).click();
    await expect(page.getByText('Read 1 of 2 paragraphs')).toBeVisible();
    await page.reload();
    await expect(page.getByText('Read 1 of 2 paragraphs')).toBeVisible();
    await expect(page.locator('#p1').getByRole('button', { name: 'Mark as read' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('hides the other languages when the teacher says so', async ({ page }) => {
    await page.goto(`${READER}?show=ko&reveal=0&title=T`);
    await hydrated(page);
    const toggles = page.getByRole('group', { name: 'Show in all paragraphs' });
    await expect(toggles.getByRole('button')).toHaveText(['Korean']);
    await expect(block(page, 2, 'en')).toBeHidden();
  });

  it('keeps the assignment when the interface language changes', async ({ page }) => {
    await page.goto(ASSIGNMENT);
    await hydrated(page);
    await page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: '한국어' }).click();
    await expect(page).toHaveURL(/\/ko\/articles\/korea-china-diplomats-talks\?show=en&paras=1-2/);
    await expect(page.getByRole('region', { name: 'Week 12' })).toBeVisible();
  });
});

it.describe('vocabulary check', () => {
  const RIGHT = {
    'What is the Korean for “summit”?': '정상회담',
    'What is the Korean for “mend ties”?': '관계를 회복하다',
    'Which English term means “정상회담”?': 'summit',
    'Which English term means “관계를 회복하다”?': 'mend ties',
  };

  it('asks one radio group per question, with fill-in-the-blanks from the article', async ({ page }) => {
    await page.goto(ASSIGNMENT);
    const form = page.getByRole('form', { name: 'Vocabulary check' });
    await expect(form.getByRole('group')).toHaveCount(6);
    await expect(form.getByText(/^Fill in the blank \(paragraph 1\)/)).toHaveCount(2);
  });

  it('asks for every answer before grading', async ({ page }) => {
    await page.goto(ASSIGNMENT);
    await page.getByRole('button', { name: 'Check my answers' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Answer' })).toHaveText(
      'Answer every question first: 6 left.',
    );
  });

  it('grades on submit, explains, and keeps the result across a reload', async ({ page }) => {
    await page.goto(ASSIGNMENT);
    await answerAll(page, RIGHT);
    const blanks = page.getByRole('group', { name: /^Fill in the blank/ });
    // The blanks: the options are the article's words; pick a wrong one in the first.
    await blanks.nth(0).getByRole('radio').nth(0).check();
    await blanks.nth(1).getByRole('radio').nth(0).check();
    await page.getByRole('button', { name: 'Check my answers' }).click();
    const score = page.locator('.score');
    await expect(score).toHaveText(/^\d of 6 correct$/);
    const text = await score.textContent();
    await expect(page.getByRole('group', { name: 'What is the Korean for “summit”?' })).toContainText('Correct.');
    await expect(page.getByRole('group', { name: 'What is the Korean for “summit”?' })).toContainText('정상회담');
    await page.reload();
    await expect(page.locator('.score')).toHaveText(text!);
    await expect(page.getByRole('radio', { name: '정상회담', exact: true }).first()).toBeChecked();
  });

  it('gives the student a result to paste to the teacher', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(ASSIGNMENT);
    await page.getByRole('button', { name: 'Copy my result' }).click();
    await expect(page.getByText('Copied. Paste it into a message to your teacher.')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Assignment: Week 12');
    expect(copied).toContain('Read: 0 of 2 paragraphs');
    expect(copied).toContain('Vocabulary check: not taken yet');
  });
});

it.describe('hostile parameters', () => {
  const SCRIPT = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">';
  const pwned = (page: import('@playwright/test').Page) =>
    page.evaluate(() => (window as { __pwned?: number }).__pwned);

  it('shows a title and instructions with markup as text and runs nothing', async ({ page }) => {
    const response = await page.goto(
      `${READER}?title=${encodeURIComponent(SCRIPT)}&note=${encodeURIComponent(SCRIPT)}`,
    );
    expect(response?.status()).toBe(200);
    await hydrated(page);
    await expect(page.locator('.assign h2')).toContainText('<script>');
    await expect(page.locator('.assign')).toContainText('onerror');
    await expect(page.locator('.assign img, .assign script')).toHaveCount(0);
    expect(await pwned(page)).toBeUndefined();
  });

  it('leaves out every other parameter carrying markup, says so, and runs nothing', async ({ page }) => {
    const hostile = ['focus', 'paras', 'due', 'show', 'reveal'].map(
      (param) => `${param}=${encodeURIComponent(SCRIPT)}`,
    );
    const response = await page.goto(`${READER}?title=Safe&${hostile.join('&')}`);
    expect(response?.status()).toBe(200);
    await hydrated(page);
    const notices = page.getByRole('status').filter({ hasText: 'were not used' });
    await expect(notices.getByRole('listitem')).toHaveCount(hostile.length);
    await expect(page.locator('.assign img, .assign script')).toHaveCount(0);
    expect(await pwned(page)).toBeUndefined();
  });

  it('drops an oversized title with a notice and keeps the rest', async ({ page }) => {
    await page.goto(`${READER}?title=${'x'.repeat(5000)}&note=Still%20here`);
    await expect(page.getByText('The title setting was too long and was left out.')).toBeVisible();
    await expect(page.getByText('Still here')).toBeVisible();
  });

  it('answers broken percent-encoding in the query with the reader', async ({ page }) => {
    const response = await page.goto(`${READER}?title=%E0%A4%A&note=%ZZ&paras=1-2`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('#p3')).toBeHidden();
  });

  it('keeps the worksheet up under the same parameters', async ({ page }) => {
    const response = await page.goto(
      `${READER}/worksheet?title=${encodeURIComponent(SCRIPT)}&paras=9-1&due=2026-13-45&focus=%ZZ`,
    );
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCRIPT);
    await expect(page.locator('.worksheet img, .worksheet script')).toHaveCount(0);
    expect(await pwned(page)).toBeUndefined();
  });
});

it.describe('worksheet', () => {
  const WORKSHEET = `${READER}/worksheet?show=en,ko&paras=1-3&focus=summit,mend-ties,top-diplomat&title=Week%2012`;

  it('prints without buttons or navigation', async ({ page }) => {
    await page.goto(WORKSHEET);
    await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Trilingual Reader' })).toBeHidden();
  });

  it('prints the paragraphs and languages of the link', async ({ page }) => {
    await page.goto(WORKSHEET);
    const reading = page.getByRole('region', { name: 'Reading' });
    await expect(reading.getByText(/^¶\d+$/)).toHaveText(['¶1', '¶2', '¶3']);
    await expect(reading.locator('p[lang="ko"]')).toHaveCount(3);
    await expect(reading.locator('p[lang="zh-Hans"]')).toHaveCount(0);
  });

  it('holds the reading, the glossary, both exercises and the answer key', async ({ page }) => {
    await page.goto(WORKSHEET);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([
      'Reading',
      'Glossary',
      'Exercise 1: Match each term with its Korean meaning',
      'Exercise 2: Fill in the blanks',
      'Answer key',
    ]);
    await expect(page.getByRole('row', { name: /summit 정상회담 頂上會談 首脑会晤/ })).toBeVisible();
  });

  for (const format of ['A4', 'Letter'] as const) {
    it(`puts the answer key on its own page (${format})`, async ({ page }) => {
      await page.goto(WORKSHEET);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.ws-key')).toHaveCSS('break-before', 'page');
      const pdf = await page.pdf({ format });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(2);
    });
  }
});
