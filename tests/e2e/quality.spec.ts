import { expect, test as it } from '@playwright/test';
import fs from 'node:fs';
import { SUMMIT } from '../saved-words';
import { expectNoViolations, hydrated, block, storeWords } from './utils';

const LOCALES = ['en', 'ko', 'zh'] as const;
const READER = 'articles/korea-china-diplomats-talks';
// The second article is a third of the size with the same parts and labels: checks that only
// add another locale, theme or state run on it (axe takes seconds per thousand elements).
const SHORT = 'articles/trilateral-ministers-busan';

it.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  // Every page kind in every locale, desktop only (playwright.config.ts). The dark theme
  // changes only colours: it is checked for contrast, in English. Where a page's other
  // locales differ only in their labels, axe checks the parts that carry them, or the
  // shorter article, to keep npm test within ten minutes (a full run on the long reader
  // takes 10–20 s on two cores).
  for (const scheme of ['light', 'dark'] as const) {
    it(`library, en, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/en');
      await expectNoViolations(page, { contrastOnly: scheme === 'dark' });
    });

    it(`reader in all languages, en, ${scheme}`, async ({ page }) => {
      it.slow();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/en/${scheme === 'light' ? READER : SHORT}?show=en,ko,zh`);
      await expect(page.locator('button[aria-pressed="true"]').first()).toBeVisible();
      await expectNoViolations(page, { contrastOnly: scheme === 'dark' });
    });
  }

  for (const locale of LOCALES) {
    if (locale !== 'en') {
      it(`library, ${locale}`, async ({ page }) => {
        await page.goto(`/${locale}`);
        await expectNoViolations(page);
      });

      it(`reader in all languages, ${locale}`, async ({ page }) => {
        await page.goto(`/${locale}/${SHORT}?show=en,ko,zh`);
        await expect(page.locator('button[aria-pressed="true"]').first()).toBeVisible();
        await expectNoViolations(page);
      });
    }

    it(`reader with a name card and then a term definition open, ${locale}`, async ({ page }) => {
      const [article, name, term] =
        locale === 'en' ? [READER, 'Kang Kyung-wha', 'mend ties'] : [SHORT, 'Busan', 'summit'];
      await page.goto(`/${locale}/${article}?show=en`);
      await page.locator('#p1, #p2').getByRole('button', { name, exact: true }).first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page, { within: '.card:popover-open' });
      await page.keyboard.press('Escape');
      await page.locator('#p1').getByRole('button', { name: term }).first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page, { within: '.card:popover-open' });
    });

    it(`glossary page, ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}/${READER}/glossary`);
      await expectNoViolations(
        page,
        locale === 'en' ? {} : { within: 'main h1, .glossary-search, #glossary-list > li:nth-child(-n+8)' },
      );
    });

    it(`word-order view in the reader and the whole article's word-order page, ${locale}`, async ({ page }) => {
      // Two pages, one of them the long reader: near 30 s on two busy cores.
      it.slow();
      const t = JSON.parse(fs.readFileSync(`messages/${locale}.json`, 'utf8'));
      await page.goto(`/${locale}/${READER}`);
      await page.locator('details.wo').first().getByText(t.Align.wordOrder, { exact: true }).click();
      await expectNoViolations(page, { within: 'details.wo[open]' });
      await page.goto(`/${locale}/${READER}/word-order`);
      // Only the labels change with the locale: the whole page in English, its first parts in ko and zh.
      await expectNoViolations(
        page,
        locale === 'en' ? {} : { within: 'main h1, .copy-align, .word-order-page > .wo:nth-of-type(-n+3)' },
      );
    });

    it(`assignment builder, ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}/teach`);
      await expect(page.getByRole('img', { name: /QR/ }).locator('svg')).toBeVisible();
      await expectNoViolations(page);
    });

    it(`worksheet, ${locale}`, async ({ page }) => {
      await page.goto(
        `/${locale}/${READER}/worksheet?show=en,ko,zh&focus=summit,thaad,mend-ties&title=T&note=N&due=2026-12-04`,
      );
      await expectNoViolations(page);
    });

    it(`404 page, ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}/no-such-page`);
      await expectNoViolations(page);
    });
  }
});

it('a lit phrase group in the dark theme keeps its contrast (axe)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/en/${READER}?show=en,ko,zh`);
  await expect(page.locator('button[aria-pressed="true"]').first()).toBeVisible();
  await page.locator('.lb-en .ph').nth(1).hover();
  await expect(page.locator('.lb-ko .ph-on').first()).toBeVisible();
  await expectNoViolations(page, { within: '.ph-on', contrastOnly: true });
});

it('student view with notices and a graded check (axe)', async ({ page }) => {
  await page.goto(`/en/${READER}?paras=1-2,40&focus=summit,nope&title=T&note=N&due=2026-12-04&show=en,ko`);
  const form = page.getByRole('form', { name: 'Vocabulary check' });
  await expect(form.getByRole('group')).toHaveCount(3);
  for (const group of await form.getByRole('group').all()) await group.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Check my answers' }).click();
  await expect(page.locator('.score')).toBeVisible();
  await expectNoViolations(page, { within: '.assign, .assign-end' });
});

// A link back to where the word was met, which My words shows.
const SAVED_SUMMIT = { ...SUMMIT, href: '/ko/articles/korea-china-diplomats-talks#p1' };

it('My words with a saved word, the display panel open (axe)', async ({ page }) => {
  await page.goto('/ko/words');
  await storeWords(page, [SAVED_SUMMIT]);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'summit' })).toBeVisible();
  await page.getByText('화면', { exact: true }).click();
  await expectNoViolations(page);
});

for (const locale of LOCALES) {
  it(`review page with a card's answer shown, both panels open, ${locale} (axe)`, async ({ page }) => {
    // The tests/e2e/review.spec.ts flows save real words; here one is stored directly.
    await page.goto(`/${locale}/words/review`);
    await storeWords(page, [SAVED_SUMMIT]);
    await page.reload();
    for (const summary of await page.locator('.review-tools summary').all()) await summary.click();
    await expectNoViolations(page);
    await page.locator('.review-card').getByRole('button').click();
    await expect(page.getByRole('group').last().getByRole('button')).toHaveCount(4);
    await expectNoViolations(page, { within: 'main' });
  });
}

it('reader with pronunciation on and the shortcuts dialog open (axe)', async ({ page }) => {
  it.slow();
  await page.goto(`/zh/${SHORT}?show=ko,zh`);
  await hydrated(page);
  await page.locator('.language-bar').getByRole('button', { name: '注音' }).click();
  await expect(page.locator('#p1 rt').first()).toBeAttached();
  await expectNoViolations(page, { within: '#p1, #p2, .language-bar' });
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: '键盘快捷键' })).toBeVisible();
  await expectNoViolations(page, { within: 'dialog.keys' });
});

it.describe('security headers', () => {
  for (const path of ['/en', `/ko/${READER}`, '/zh/no-such-page', '/']) {
    it(`are sent with ${path}`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      const headers = response.headers();
      expect(headers['content-security-policy']).toContain("default-src 'self'");
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toContain('camera=()');
      expect(headers['x-powered-by']).toBeUndefined();
    });
  }

  it('let the reader run without CSP violations', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`/en/${READER}`);
    await hydrated(page);
    await page.getByRole('group', { name: 'Show in all paragraphs' }).getByRole('button', { name: 'Korean' }).click();
    await expect(block(page, 2, 'ko')).toBeVisible();
    expect(violations).toEqual([]);
  });

  it('block an inline script injected into the reader', async ({ page }) => {
    await page.goto(`/en/${READER}`);
    await hydrated(page);
    const blocked = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
          const script = document.createElement('script');
          script.textContent = 'document.title = "injected"';
          document.head.append(script);
          setTimeout(() => resolve('ran'), 2000);
        }),
    );
    expect(blocked).toBe('script-src-elem');
    await expect(page).not.toHaveTitle('injected');
  });
});

it.describe('scripts', () => {
  // These pages are static text with a few islands: Preact and our components, without Next's
  // runtime or the RSC payload (scripts/islands.ts). A change that brings the runtime back
  // costs the reader its performance budget.
  for (const path of [
    `/en/${READER}`,
    '/ko',
    `/zh/${READER}/glossary`,
    '/en/words',
    '/ko/words/review',
    '/ko/teach',
    `/en/${READER}/worksheet?focus=summit`,
  ]) {
    it(`load only islands modules on ${path}`, async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      await page.goto(path, { waitUntil: 'load' });
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((s) => !s.startsWith('/islands/'))).toEqual([]);
    });

    // One module per page kind, with one Preact in it (app/_components/islands/pages.ts).
    it(`start the islands of ${path} from one module`, async ({ page }) => {
      await page.goto(path, { waitUntil: 'load' });
      await expect(page.locator('script[type="module"]')).toHaveCount(1);
    });
  }
});

it.describe('caching', () => {
  it('lets browsers keep hashed scripts and styles for good and revalidate pages', async ({ page, request }) => {
    const assets: string[] = [];
    page.on('request', (r) => {
      if (['script', 'stylesheet'].includes(r.resourceType())) assets.push(new URL(r.url()).pathname);
    });
    await page.goto(`/en/${READER}`, { waitUntil: 'load' });
    await page.goto('/en/teach', { waitUntil: 'load' });
    const island = assets.find((s) => s.startsWith('/islands/'));
    const next = assets.find((s) => s.startsWith('/_next/static/'));
    for (const path of [island, next]) {
      expect(path).toBeDefined();
      expect((await request.get(path!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    expect((await request.get(`/en/${READER}`)).headers()['cache-control']).not.toContain('immutable');
  });
});

it.describe('one runtime per page', () => {
  // Links are plain <a>: from the builder, the library and the reader load afresh and run
  // their Preact islands, never a React render of their RSC payload.
  it('reaches the library and the reader from the builder on the islands alone', async ({ page }) => {
    // The scripts this document loaded (a client-side navigation would keep the builder's).
    const scripts = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script')
          .map((e) => new URL(e.name).pathname),
      );
    await page.goto('/en/teach');
    await page.getByRole('link', { name: 'Trilingual Reader' }).click();
    await expect(page).toHaveURL(/\/en$/);
    expect((await scripts()).filter((s) => !s.startsWith('/islands/'))).toEqual([]);
    await page.getByRole('link', { name: /Top diplomats of S. Korea, China hold talks/ }).click();
    await expect(page).toHaveURL(new RegExp(`/en/${READER}$`));
    await hydrated(page);
    expect(await page.evaluate(() => 'next' in window)).toBe(false);
    const loaded = await scripts();
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((s) => !s.startsWith('/islands/'))).toEqual([]);
  });

  it('keeps the other islands working when one fails to start', async ({ page }) => {
    // An island with props that cannot be read, placed before every other island.
    await page.route(`**/en/${READER}`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        '<main',
        '<div data-island="LanguageBar" data-props="{broken"></div><main',
      );
      await route.fulfill({ response, body });
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`/en/${READER}`);
    await page
      .getByRole('group', { name: 'Languages for paragraph 2' })
      .getByRole('button', { name: 'Korean' })
      .click();
    await expect(block(page, 2, 'ko')).toBeVisible();
    expect(errors).toEqual(['island LanguageBar did not start']);
  });
});

it.describe('keyboard', () => {
  it('reaches the content through the skip link', async ({ page }) => {
    await page.goto(`/en/${READER}`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });
});
