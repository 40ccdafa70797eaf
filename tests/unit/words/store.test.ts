import { describe, expect, it } from 'vitest';
import { parseWords, toAnki, toCsv, type SavedWord } from '@/lib/words/store';

const word: SavedWord = {
  key: 'term:summit',
  en: 'summit',
  ko: '정상회담',
  hanja: '頂上會談',
  zh: '首脑会晤',
  pinyin: 'shǒu nǎo huì wù',
  sentence: 'An upcoming summit, "between" leaders.',
  sentenceLang: 'en',
  href: '/en/articles/korea-china-diplomats-talks#p1',
  savedAt: '2026-11-27T10:00:00.000Z',
};

describe('parseWords', () => {
  it('reads the current format', () => {
    expect(parseWords(JSON.stringify({ v: 1, words: [word] }))).toEqual({ words: [word], problem: null });
  });

  it('migrates the unversioned format (a bare list)', () => {
    expect(parseWords(JSON.stringify([word]))).toEqual({ words: [word], problem: null });
  });

  it.each([
    '{not json',
    '"a string"',
    '{"v":1,"words":7}',
    'null',
    '{"words":[]}',
    '{"v":"1","words":[]}',
    '{"v":-1,"words":[]}',
  ])('reports %s as unreadable instead of throwing', (raw) => {
    expect(parseWords(raw).problem).toBe('unreadable');
  });

  it('keeps the readable words of a partly damaged list and says so', () => {
    expect(parseWords(JSON.stringify({ v: 1, words: [word, { key: 'x' }] }))).toEqual({
      words: [word],
      problem: 'unreadable',
    });
  });

  it('leaves a newer format alone', () => {
    expect(parseWords(JSON.stringify({ v: 2, words: [word] }))).toEqual({ words: [], problem: 'newer' });
  });

  it('keeps the form the word was met in, which review blanks in its sentence', () => {
    const met = { ...word, form: 'summits' };
    expect(parseWords(JSON.stringify({ v: 1, words: [met] })).words).toEqual([met]);
  });

  it('never keeps a link that leaves the site', () => {
    const { words } = parseWords(JSON.stringify({ v: 1, words: [{ ...word, href: 'javascript:alert(1)' }] }));
    expect(words[0]).not.toHaveProperty('href');
  });
});

describe('exports', () => {
  it('writes CSV with a byte-order mark, a header and quoted cells', () => {
    const csv = toCsv([word], 'https://example.org');
    expect(csv.startsWith('\uFEFFenglish,korean,hanja,chinese,pinyin,sentence,link,saved_at\r\n')).toBe(true);
    expect(csv).toContain('"An upcoming summit, ""between"" leaders."');
    expect(csv).toContain('https://example.org/en/articles/korea-china-diplomats-talks#p1');
  });

  it('writes an Anki file: header lines, then front, back and tags separated by tabs', () => {
    const lines = toAnki([{ ...word, en: 'a <b> & c' }])
      .trim()
      .split('\n');
    expect(lines.slice(0, 4)).toEqual(['#separator:tab', '#html:true', '#columns:Front\tBack\tTags', '#tags column:3']);
    expect(lines[4]!.split('\t')).toEqual([
      'a &lt;b&gt; &amp; c<br><small>An upcoming summit, &quot;between&quot; leaders.</small>',
      '정상회담 (頂上會談)<br>首脑会晤 shǒu nǎo huì wù',
      'trilingual-reader',
    ]);
  });
});
