import { createHash } from 'node:crypto';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { JsonProps } from '@/app/_components/islands/Island';
import { kindOf, strip, type Module } from '@/scripts/islands';

// The shape of a prerendered Next.js page: its runtime chunks, their preloads, the RSC
// payload in inline scripts, our head script, one island.
const BOOT = '(function(){document.documentElement.dataset.show="en"})()';
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a1.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b2.js"/>',
  '<script src="/_next/static/chunks/b2.js" async=""></script>',
  `<script id="boot">${BOOT}</script></head>`,
  '<body><div data-island="CardHost" data-props="{}"></div><p>Text</p>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"<p>Text<\\/p>"])</script></body></html>',
].join('');
const MODULE: Module = { src: '/islands/reader-X.js', preload: ['/islands/chunk-A.js'] };

describe('serving a static page without the framework runtime', () => {
  it('removes the runtime, its preloads and the RSC payload', () => {
    const out = strip(PAGE, 'reader', MODULE);
    expect(out).not.toContain('__next_f');
    expect(out).not.toContain('b2.js');
  });

  it('keeps the stylesheet, the text and the islands', () => {
    const out = strip(PAGE, 'reader', MODULE);
    expect(out).toContain('a1.css');
    expect(out).toContain('<p>Text</p>');
    expect(out).toContain('data-island="CardHost"');
  });

  it('loads its page kind’s module from the head', () => {
    expect(strip(PAGE, 'reader', MODULE)).toContain(
      '<script type="module" src="/islands/reader-X.js"></script></head>',
    );
  });

  it('preloads the chunks the module imports, so they do not wait for it', () => {
    expect(strip(PAGE, 'reader', MODULE)).toContain(
      '<link rel="modulepreload" href="/islands/chunk-A.js"/><script type="module"',
    );
  });

  it('allows only the site and the head script, by its hash', () => {
    const hash = createHash('sha256').update(BOOT).digest('base64');
    const out = strip(PAGE, 'reader', MODULE);
    expect(out).toContain(`<script id="boot">${BOOT}</script>`);
    expect(out).toContain(`<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'sha256-${hash}'"/>`);
  });

  it('refuses a page holding an island its kind’s module does not hydrate', () => {
    const review = PAGE.replace('data-island="CardHost"', 'data-island="Review"');
    expect(() => strip(review, 'reader', MODULE)).toThrow(
      'A reader page holds Review, which the reader module does not hydrate',
    );
  });

  it('serves a page whose islands are all its kind’s', () => {
    const review = PAGE.replace('data-island="CardHost"', 'data-island="Review"');
    expect(strip(review, 'review', MODULE)).toContain('data-island="Review"');
  });

  it('refuses a page of another shape rather than serving it broken', () => {
    expect(() => strip(PAGE.replace('data-island', 'data-other'), 'reader', MODULE)).toThrow(/shape/);
    expect(() => strip(PAGE.replace(' id="boot"', ''), 'reader', MODULE)).toThrow(/shape/);
  });
});

describe('which prerendered pages are served without the runtime', () => {
  it('knows the library, reader, glossary, word-order, words, review, builder and worksheet pages of every locale', () => {
    expect(
      [
        'en.html',
        'ko/articles/a-b.html',
        'zh/articles/a-b/glossary.html',
        'ko/articles/a-b/word-order.html',
        'en/words.html',
        'ko/words/review.html',
        'ko/teach.html',
        'zh/articles/a-b/worksheet.html',
      ].map(kindOf),
    ).toEqual(['library', 'reader', 'glossary', 'wordOrder', 'words', 'review', 'teach', 'worksheet']);
  });

  it('leaves the error pages and unknown paths to the framework', () => {
    expect(['_not-found.html', '_global-error.html', 'xx/articles/a.html', 'en/teach/x.html'].map(kindOf)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('island props', () => {
  // Type-level: `npm run lint` (tsc) fails if a prop that JSON cannot carry is accepted.
  it('accept JSON values and refuse what JSON cannot carry', () => {
    expectTypeOf<JsonProps<{ label: string; count?: number; names: Record<string, string> }>>().not.toBeNever();
    expectTypeOf<JsonProps<{ onDone: () => void }>>().toBeNever();
    expectTypeOf<JsonProps<{ when: Date }>>().toBeNever();
    expectTypeOf<JsonProps<{ seen: Set<string> }>>().toBeNever();
  });
});
