import { describe, expect, it } from 'vitest';
import { segmentsToTraditional, toTraditional } from '@/lib/romanize/traditional';

describe('Traditional Chinese', () => {
  it('converts by phrase, not character by character', () => {
    expect(toTraditional('头发')).toBe('頭髮');
    expect(toTraditional('发表')).toBe('發表');
  });

  it('converts the article’s wording', () => {
    expect(toTraditional('中韩两国外长22日举行会谈')).toBe('中韓兩國外長22日舉行會談');
  });

  it('keeps the marks of annotated text', () => {
    const segments = ['韩国外交部长官', { kind: 'name' as const, id: 'kang-kyung-wha', text: '康京和' }, '抵达北京'];
    expect(segmentsToTraditional(segments)).toEqual([
      '韓國外交部長官',
      { kind: 'name', id: 'kang-kyung-wha', text: '康京和' },
      '抵達北京',
    ]);
  });
});
