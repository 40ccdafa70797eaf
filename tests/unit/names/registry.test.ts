import { describe, expect, it } from 'vitest';
import { getNames, getReaderArticle } from '@/lib/content/load';

const names = getNames();
const byId = (id: string) => names.find((n) => n.id === id)!;

describe('names registry', () => {
  it('computes the strict romanization beside the customary spelling', () => {
    expect(byId('kang-kyung-wha')).toMatchObject({ en: 'Kang Kyung-wha', rr: 'Gang Gyeong-hwa' });
    expect(byId('moon-jae-in')).toMatchObject({ en: 'Moon Jae-in', rr: 'Mun Jae-in' });
  });

  it('computes pinyin for the Chinese forms', () => {
    expect(byId('xi-jinping').pinyin).toBe('Xí Jìnpíng');
    expect(byId('wang-yi').pinyin).toBe('Wáng Yì');
    expect(byId('seoul').pinyin).toBe("Shǒu'ěr");
    expect(byId('north-korea').pinyin).toBe('Cháoxiǎn');
  });

  it('romanizes places as places', () => {
    expect(byId('seoul').rr).toBe('Seoul');
    expect(byId('beijing').rr).toBe('Beijing');
  });

  it('has a role line in three languages for every entry', () => {
    for (const n of names) expect(Object.keys(n.role).sort()).toEqual(['en', 'ko', 'zh']);
  });
});

describe('names in the seed article', () => {
  const article = getReaderArticle('korea-china-diplomats-talks')!;
  const ids = article.names.map((n) => n.id);

  it('finds the four people', () => {
    expect(ids).toEqual(expect.arrayContaining(['kang-kyung-wha', 'wang-yi', 'moon-jae-in', 'xi-jinping']));
  });

  it('finds the places and organisations', () => {
    expect(ids).toEqual(
      // Seoul and Washington stand here only as "Seoul and Washington" and "Seoul and Beijing",
      // which the lexicon glosses whole (the two governments), as a longer match wins.
      expect.arrayContaining(['beijing', 'apec', 'chinese-communist-party', 'thaad', 'yonhap']),
    );
  });

  it('marks each person in all three languages of the same paragraph', () => {
    const p2 = article.paragraphs[1]!.segments;
    for (const lang of ['en', 'ko', 'zh'] as const) {
      const marked = p2[lang].filter((s) => typeof s !== 'string').map((s) => (s as { id: string }).id);
      expect(marked).toEqual(expect.arrayContaining(['kang-kyung-wha', 'wang-yi']));
    }
  });

  it('does not mark a short name inside a longer word', () => {
    const p8 = article.paragraphs[7]!.segments.en;
    const marked = p8.filter((s) => typeof s !== 'string').map((s) => (s as { text: string }).text);
    expect(marked).toContain('Xi Jinping');
    expect(marked).toContain('Chinese Communist Party');
    expect(marked).not.toContain('China');
  });

  it('keeps the text intact when names are marked', () => {
    for (const p of article.paragraphs) {
      for (const lang of ['en', 'ko', 'zh'] as const) {
        expect(p.segments[lang].map((s) => (typeof s === 'string' ? s : s.text)).join('')).toBe(p.text[lang]);
      }
    }
  });
});
