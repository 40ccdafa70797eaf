import { describe, expect, it } from 'vitest';
import { coverage, covers } from '@/lib/authoring/coverage';

describe('coverage of glossed terms', () => {
  it('counts a found term that contains the glossed words as covering it', () => {
    expect(covers('Security Council', 'security council', 'en')).toBe('covers');
  });

  it('counts a found term inside the gloss as touching it only', () => {
    expect(covers('veto', 'cast a veto', 'en')).toBe('touches');
  });

  it('does not count an unrelated term', () => {
    expect(covers('tariff', 'non-permanent member', 'en')).toBe(false);
  });

  it('counts each language on its own and skips paraphrased glosses', () => {
    const result = coverage(
      [
        { en: 'veto', ko: '거부권', zh: null },
        { en: 'abstain', ko: '기권', zh: '弃权' },
      ],
      {
        terms: [
          {
            id: 'veto',
            en: 'veto',
            ko: '거부권',
            zh: '否决权',
            occurrences: [
              { paragraph: 'p1', lang: 'en', text: 'veto' },
              { paragraph: 'p1', lang: 'ko', text: '거부권' },
            ],
          },
        ],
      },
    );
    expect(result).toEqual({
      en: { total: 2, covered: 1, touched: 0, missed: ['abstain'] },
      ko: { total: 2, covered: 1, touched: 0, missed: ['기권'] },
      zh: { total: 1, covered: 0, touched: 0, missed: ['弃权'] },
    });
  });
});
