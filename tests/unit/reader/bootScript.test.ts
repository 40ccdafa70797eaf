import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bootScript } from '@/lib/reader/bootScript';
import { parseShow, SHOW_KEY } from '@/lib/reader/show';

function boot(search: string, stored: string | null, storageThrows = false): string | undefined {
  const attrs: Record<string, string> = {};
  vm.runInNewContext(bootScript, {
    document: { documentElement: { setAttribute: (k: string, v: string) => (attrs[k] = v) } },
    location: { search },
    URLSearchParams,
    localStorage: {
      getItem: (key: string) => {
        if (storageThrows) throw new Error('SecurityError');
        return key === SHOW_KEY ? stored : null;
      },
    },
  });
  return attrs['data-show'];
}

describe('bootScript', () => {
  it('starts with the original when nothing is chosen', () => {
    expect(boot('', null)).toBe('en');
  });

  it('takes ?show= over the remembered choice', () => {
    expect(boot('?show=ko,zh', 'en')).toBe('ko zh');
  });

  it('falls back to the remembered choice when ?show= is invalid', () => {
    expect(boot('?show=fr', 'zh')).toBe('zh');
  });

  it('survives blocked storage', () => {
    expect(boot('', null, true)).toBe('en');
  });

  it.each(['en', 'zh,en', 'KO', 'ko,,zh', 'x,ko', 'en ko zh'])('agrees with parseShow on %s', (value) => {
    expect(boot(`?show=${encodeURIComponent(value)}`, null)).toBe(parseShow(value)!.join(' '));
  });
});

describe('bootScript on a link with a query', () => {
  const pending = (pathname: string, search: string) => {
    const attrs: Record<string, string> = {};
    vm.runInNewContext(bootScript, {
      document: { documentElement: { setAttribute: (k: string, v: string) => (attrs[k] = v) } },
      location: { pathname, search },
      URLSearchParams,
      localStorage: { getItem: () => null },
    });
    return 'data-pending' in attrs;
  };

  it('keeps a worksheet link with a query pending until its island applies it', () => {
    expect(pending('/en/articles/a/worksheet', '?focus=summit')).toBe(true);
  });

  it('leaves the worksheet without a query, and every other page, as they are', () => {
    expect(pending('/en/articles/a/worksheet', '')).toBe(false);
    expect(pending('/en/articles/a/glossary', '?focus=summit')).toBe(false);
    expect(pending('/en', '?title=Week%2012')).toBe(false);
  });

  it('keeps a reader link that assigns something pending until its banner is in place', () => {
    expect(pending('/en/articles/a', '?focus=summit')).toBe(true);
    expect(pending('/ko/articles/a', '?show=en,ko&title=Week%2012&class=ABC-DEF')).toBe(true);
  });

  it('shows the reader at once on a link that only picks the languages', () => {
    expect(pending('/en/articles/a', '?show=en,ko')).toBe(false);
    expect(pending('/en/articles/a', '')).toBe(false);
  });
});
