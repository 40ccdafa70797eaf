import { describe, expect, it } from 'vitest';
import { MAX_TERMS_FROM_TEXT, worksheet, type WorksheetArticle, type WorksheetTerm } from '@/lib/assign/worksheet';

const term = (id: string, paragraph: number): WorksheetTerm => ({
  id,
  en: id,
  ko: `${id}-ko`,
  zh: `${id}-zh`,
  pinyin: 'cí',
  def: { ko: `${id} 설명` },
  sentences: [{ paragraph, before: 'The ', answer: id, after: ' met.' }],
});
const ids = Array.from({ length: 14 }, (_, i) => `t${i + 1}`);
const article: WorksheetArticle = {
  slug: 'a',
  paragraphs: [1, 2, 3].map((n) => ({
    id: `p${n}`,
    text: { en: `en ${n}`, ko: `ko ${n}`, zh: `zh ${n}` },
    terms: n === 1 ? ids.slice(0, 12) : [`t${n + 11}`],
  })),
  terms: ids.map((id, i) => term(id, i < 12 ? 1 : i - 10)),
};

describe('worksheet', () => {
  it('prints the whole article in English with the terms of its text for a link that assigns nothing', () => {
    const sheet = worksheet(article, null);
    expect(sheet.paragraphs.map((p) => p.n)).toEqual([1, 2, 3]);
    expect(sheet.langs).toEqual(['en']);
    expect(sheet.fromText).toBe(true);
    expect(sheet.focus.map((t) => t.id)).toEqual(ids.slice(0, MAX_TERMS_FROM_TEXT));
  });

  it('prints the assigned paragraphs, languages and focus terms, in the teacher’s order', () => {
    const sheet = worksheet(article, { paras: [2, 3], show: ['ko', 'zh'], reveal: true, focus: ['t14', 't2'] });
    expect(sheet.paragraphs.map((p) => p.n)).toEqual([2, 3]);
    expect(sheet.langs).toEqual(['ko', 'zh']);
    expect(sheet.fromText).toBe(false);
    expect(sheet.focus.map((t) => t.id)).toEqual(['t14', 't2']);
  });

  it('takes the terms of the assigned paragraphs when there are no focus terms', () => {
    expect(worksheet(article, { paras: [3], reveal: true, focus: [] }).focus.map((t) => t.id)).toEqual(['t14']);
  });

  it('gives a blank and a word in the box for each focus term used in a sentence', () => {
    const sheet = worksheet(article, { reveal: true, focus: ['t1', 't13'] });
    expect(sheet.blanks.map((b) => b.term.id)).toEqual(['t1', 't13']);
    expect([...sheet.bank].sort()).toEqual(['t1', 't13']);
  });

  it('prints the same worksheet for the same link, and another order for another link', () => {
    const focus = ids.slice(0, 8);
    const one = worksheet(article, { reveal: true, focus, title: 'Week 1' });
    expect(worksheet(article, { reveal: true, focus, title: 'Week 1' }).matching.key).toEqual(one.matching.key);
    expect(worksheet(article, { reveal: true, focus, title: 'Week 2' }).matching.key).not.toEqual(one.matching.key);
  });
});
