import { describe, expect, it } from 'vitest';
import { Matcher } from '@/lib/terms/match';

const texts = (text: string, m: Matcher<string>) => m.find(text).map((x) => text.slice(x.start, x.end));

describe('Matcher', () => {
  it('finds every pattern in one pass', () => {
    const m = new Matcher([
      { text: 'he', value: 'he' },
      { text: 'she', value: 'she' },
      { text: 'hers', value: 'hers' },
    ]);
    expect(
      m
        .all('ushers')
        .map((x) => x.value)
        .sort(),
    ).toEqual(['he', 'hers', 'she']);
  });

  it('keeps the longest of overlapping matches', () => {
    const m = new Matcher([
      { text: 'summit', value: 'summit' },
      { text: 'APEC summit meeting', value: 'apec-summit' },
      { text: 'APEC', value: 'apec', caseSensitive: true },
    ]);
    expect(texts('a recent APEC summit meeting.', m)).toEqual(['APEC summit meeting']);
  });

  it('matches acronyms by case only', () => {
    const m = new Matcher([{ text: 'US', value: 'us', caseSensitive: true }]);
    expect(texts('the US and us', m)).toEqual(['US']);
  });

  it('ignores case for ordinary words', () => {
    const m = new Matcher([{ text: 'summit', value: 'summit' }]);
    expect(texts('Summit and SUMMIT', m)).toEqual(['Summit', 'SUMMIT']);
  });

  it('matches Korean and Chinese forms', () => {
    const m = new Matcher([
      { text: '사드', value: 'thaad' },
      { text: '萨德', value: 'thaad' },
      { text: '中国', value: 'china' },
      { text: '中国共产党', value: 'ccp' },
    ]);
    expect(texts('사드 배치', m)).toEqual(['사드']);
    expect(m.find('中国共产党和中国').map((x) => x.value)).toEqual(['ccp', 'china']);
  });

  it('lets the caller reject a match, e.g. inside a word', () => {
    const m = new Matcher([{ text: 'Xi', value: 'xi', caseSensitive: true }]);
    const text = 'Xin and Xi';
    const found = m.find(text, ({ start, end }) => !/\w/.test(text[start - 1] ?? '') && !/\w/.test(text[end] ?? ''));
    expect(found.map((x) => x.start)).toEqual([8]);
  });

  it('keeps UTF-16 offsets past characters outside the BMP', () => {
    const m = new Matcher([{ text: 'THAAD', value: 't', caseSensitive: true }]);
    const text = '🙂 THAAD';
    const [hit] = m.find(text);
    expect(text.slice(hit!.start, hit!.end)).toBe('THAAD');
  });
});
