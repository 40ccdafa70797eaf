import { describe, expect, it } from 'vitest';
import type { Alignment } from '@/lib/content/align';
import type { Segment } from '@/lib/content/annotate';
import { getArticles, getReaderArticle } from '@/lib/content/load';
import { HTML_LANG, LANGS } from '@/lib/content/langs';
import { alignmentText, hantPhrases, phraseRuns, wordOrder } from '@/lib/reader/align';
import { langBlocks } from '@/lib/reader/render';
import { chineseRuby, koreanRuby } from '@/lib/reader/ruby';
import { segmentsToTraditional } from '@/lib/romanize/traditional';

const textOf = (s: Segment) => (typeof s === 'string' ? s : s.text);
/** What a reader sees of some HTML: its text, tags and ruby readings left out. */
const visible = (html: string) =>
  html
    .replace(/<rt>.*?<\/rt>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

const names = { en: 'English', ko: 'Korean', zh: 'Chinese' };
const align: Alignment = {
  en: [
    { text: 'The ministers', group: 1 },
    { text: ' held talks', group: 2 },
    { text: ' on Wednesday.', group: 3 },
  ],
  ko: [
    { text: '장관들은', group: 1 },
    { text: ' 22일', group: 3 },
    { text: ' 회담을', group: 2 },
    { text: ' 또', group: 0 },
    { text: ' 열었다.', group: 2 },
  ],
  zh: [
    { text: '两国外长', group: 1 },
    { text: '22日', group: 3 },
    { text: '举行会谈。', group: 2 },
  ],
};
const segments: Record<'en' | 'ko' | 'zh', Segment[]> = {
  en: ['The ministers held ', { kind: 'term', id: 'talks', text: 'talks' }, ' on Wednesday.'],
  ko: ['장관들은 22일 ', { kind: 'term', id: 'talks', text: '회담' }, '을 또 열었다.'],
  zh: ['两国外长22日举行', { kind: 'term', id: 'talks', text: '会谈' }, '。'],
};

describe('phrases in the reader (#16)', () => {
  it('cuts the text where each phrase ends and keeps a marked term whole inside its phrase', () => {
    const runs = phraseRuns(segments.en, align.en);
    expect(runs.map((r) => r.segments.map(textOf).join(''))).toEqual(align.en.map((p) => p.text));
    expect(runs[1]!.segments).toContainEqual({ kind: 'term', id: 'talks', text: 'talks' });
  });

  it('refuses a term that would cross the end of a phrase', () => {
    const cut = [
      { text: 'The ministers held tal', group: 1 },
      { text: 'ks on Wednesday.', group: 2 },
    ];
    expect(() => phraseRuns(segments.en, cut)).toThrow(/crosses the end of the phrase/);
  });

  it('refuses phrases that do not cover the text', () => {
    expect(() => phraseRuns(segments.en, align.en.slice(0, 2))).toThrow(/do not cover the text/);
  });

  it('wraps each aligned phrase in a span with its group, the term button inside, the text unchanged', () => {
    const [en, ko] = langBlocks(segments, 'p', undefined, undefined, align);
    expect(en!.value).toContain(
      '<span class="ph" data-g="2"> held <button type="button" class="term-ref" popovertarget="term-talks">talks</button></span>',
    );
    expect(visible(en!.value)).toBe(segments.en.map(textOf).join(''));
    expect(visible(ko!.value)).toBe(segments.ko.map(textOf).join(''));
  });

  it('leaves a phrase only one language has unwrapped, and splits a group across its two places', () => {
    const [, ko] = langBlocks(segments, 'p', undefined, undefined, align);
    expect(ko!.value.match(/data-g="2"/g)).toHaveLength(2);
    expect(ko!.value).not.toContain('data-g="0"');
    expect(ko!.value).toContain('</span> 또<span class="ph" data-g="2">');
  });

  it('cuts the Traditional Chinese at the same places as the Simplified', () => {
    const hant = segmentsToTraditional(segments.zh);
    const phrases = hantPhrases(align.zh, hant)!;
    expect(phrases.map((p) => p.group)).toEqual(align.zh.map((p) => p.group));
    expect(phrases.map((p) => p.text).join('')).toBe(hant.map(textOf).join(''));
    expect(phrases[0]!.text).not.toBe(align.zh[0]!.text);
  });

  it('keeps the phrase spans and the same readings when pronunciation is on', () => {
    const plain = chineseRuby(segments.zh).value;
    const phrased = chineseRuby(segments.zh, segments.zh, align.zh).value;
    expect(phrased.match(/class="ph"/g)).toHaveLength(align.zh.length);
    expect(phrased.replace(/<span class="ph" data-g="\d+">|<\/span>/g, '')).toBe(plain);
    expect(koreanRuby(segments.ko, align.ko).value.match(/class="ph"/g)).toHaveLength(4);
  });

  it('copies as plain text: each language labelled, each phrase bracketed with its number', () => {
    expect(alignmentText(align, names).split('\n')).toEqual([
      'English: [1 The ministers] [2 held talks] [3 on Wednesday.]',
      'Korean: [1 장관들은] [3 22일] [2 회담을] 또 [2 열었다.]',
      'Chinese: [1 两国外长] [3 22日] [2 举行会谈。]',
    ]);
  });

  it('shows the word order with each language labelled and each number as text', () => {
    const view = wordOrder(align, { names, unaligned: '(only here)', lang: 'en' }).value;
    for (const lang of LANGS) expect(view).toContain(`<dt>${names[lang]}</dt><dd lang="${HTML_LANG[lang]}">`);
    expect(view).toContain('<span class="wo-n">3</span> 22일</span>');
    expect(view).toContain('<span class="visually-hidden" lang="en">(only here)</span> 또');
  });
});

describe('the aligned paragraphs of the articles', () => {
  const aligned = getArticles().flatMap((a) =>
    getReaderArticle(a.slug)!.paragraphs.flatMap((p) => (p.align ? [{ slug: a.slug, p }] : [])),
  );

  it('render every phrase around its names and terms, in every language', () => {
    expect(aligned.length).toBeGreaterThan(0);
    for (const { p } of aligned) {
      const blocks = langBlocks(p.segments, 'p', undefined, p.hant, p.align);
      LANGS.forEach((lang, i) => {
        expect(visible(blocks[i]!.value)).toBe(p.text[lang]);
        const spans = p.align![lang].filter((x) => x.group !== 0);
        expect(blocks[i]!.value.match(/class="ph"/g) ?? []).toHaveLength(spans.length);
      });
    }
  });
});
