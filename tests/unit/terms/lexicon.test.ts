import { describe, expect, it } from 'vitest';
import { getLexicon, getReaderArticle } from '@/lib/content/load';
import { matchesQuery } from '@/lib/terms/filter';
import { searchKeys } from '@/lib/terms/search';

const lexicon = getLexicon();
const byId = (id: string) => lexicon.find((t) => t.id === id)!;
const article = getReaderArticle('korea-china-diplomats-talks')!;
const marked = (n: number, lang: 'en' | 'ko' | 'zh') =>
  article.paragraphs[n - 1]!.segments[lang].flatMap((s) => (typeof s === 'string' ? [] : [`${s.text}=${s.id}`]));

describe('lexicon', () => {
  it('has at least 400 entries, each defined and annotated in English, Korean and Chinese', () => {
    expect(lexicon.length).toBeGreaterThanOrEqual(400);
    for (const t of lexicon) {
      for (const field of [t.def, t.note]) {
        expect(field.en, t.id).toMatch(/[a-z]{2}/);
        expect(field.ko, t.id).toMatch(/\p{Script=Hangul}/u);
        expect(field.zh, t.id).toMatch(/\p{Script=Han}/u);
      }
      expect(t.zh.term, t.id).toMatch(/\p{Script=Han}/u);
      expect(t.example, t.id).toMatch(/\w/);
    }
  });

  it('computes pinyin from the Chinese term, written by word (GB/T 16159)', () => {
    expect(byId('summit').pinyin).toBe('shǒunǎo huìwù');
    expect(byId('thaad').pinyin).toBe('Sàdé');
  });

  it('gives Sino-Korean terms their Hanja', () => {
    expect(byId('summit').ko.hanja).toBe('頂上會談');
    expect(byId('denuclearization').ko.hanja).toBe('非核化');
  });

  it('has no form that two entries share in one language', () => {
    for (const lang of ['ko', 'zh'] as const) {
      const seen = new Map<string, string>();
      for (const t of lexicon) {
        for (const f of t.match[lang]) {
          expect(seen.get(f) ?? t.id, `${lang} ${f}`).toBe(t.id);
          seen.set(f, t.id);
        }
      }
    }
  });
});

describe('terms in the seed article', () => {
  it('matches inflected forms', () => {
    expect(marked(11, 'en')).toContain('normalizing=normalize');
    expect(marked(5, 'en')).toContain('deployment=deploy');
    expect(marked(1, 'en')).toContain('sought=seek');
  });

  it('lets the longest match win, over a name too', () => {
    expect(marked(6, 'en')).toContain('Seoul and Washington=washington-metonym');
    expect(marked(11, 'zh')).toContain('领导人非正式会议=summit-meeting');
    expect(marked(9, 'en')).toContain('military alliance=military-alliance');
  });

  it('matches acronyms by case and keeps names before terms', () => {
    expect(marked(9, 'en')).toContain('THAAD=thaad');
  });

  it('finds the Korean and Chinese forms of the same concept', () => {
    expect(marked(5, 'ko')).toContain('보복 조치=retaliation');
    expect(marked(5, 'zh')).toContain('报复措施=retaliation');
    expect(marked(10, 'zh')).toContain('妥善处理=appropriately-handle');
  });

  it('skips a match the article suppresses, in that paragraph only', () => {
    expect(marked(1, 'zh')).not.toContain('外长=foreign-minister');
    expect(marked(2, 'zh')).toContain('外长=foreign-minister');
  });

  it('marks what the article asks for where matching cannot', () => {
    expect(marked(1, 'zh')).toContain('外长=top-diplomat');
    expect(marked(8, 'ko')).toContain('지난달 말=late-october');
  });

  it('gives every paragraph a Korean glossary, THAAD included where it occurs', () => {
    for (const p of article.paragraphs) expect(p.terms.length, p.id).toBeGreaterThan(0);
    expect(article.paragraphs[5]!.terms).toContain('thaad');
  });
});

describe('glossary search keys', () => {
  const keys = searchKeys(byId('thaad'));
  it.each(['THAAD', '사드', 'ㅅㄷ', '萨德', 'sade', 'Sà dé', 'terminal high'])('finds THAAD by %s', (q) => {
    expect(matchesQuery(keys, q)).toBe(true);
  });

  it('finds Sino-Korean terms by Hanja', () => {
    expect(matchesQuery(searchKeys(byId('summit')), '頂上會談')).toBe(true);
  });

  it('does not find what is not there', () => {
    expect(matchesQuery(keys, 'sanction')).toBe(false);
  });
});
