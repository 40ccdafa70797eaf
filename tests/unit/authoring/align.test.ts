import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftAlignment } from '@/lib/authoring/align';
import { draftArticle } from '@/lib/authoring/draft';
import { parseArticleText } from '@/lib/authoring/text';
import { alignIssues, boundaries, type StoredAlignment } from '@/lib/content/align';
import { annotate, indexMarks, markSpans } from '@/lib/content/annotate';
import { LANGS, type Lang } from '@/lib/content/langs';
import { getLexicon, getNames } from '@/lib/content/load';
import { DraftArticle } from '@/lib/content/schema';

// article:new's alignment draft on the fixture texts (tests/fixtures/authoring), with the
// project's own names and lexicon.
const FIX = path.resolve('tests/fixtures/authoring');
const texts = Object.fromEntries(
  LANGS.map((lang) => [lang, parseArticleText(fs.readFileSync(path.join(FIX, `${lang}.txt`), 'utf8'), lang, lang)]),
) as Record<Lang, ReturnType<typeof parseArticleText>>;
const paragraph = (i: number) =>
  Object.fromEntries(LANGS.map((l) => [l, texts[l].paragraphs[i]!])) as Record<Lang, string>;
const index = indexMarks({ names: getNames(), terms: getLexicon() });
const beijing = getNames().find((n) => n.id === 'beijing')!;

const draft = draftAlignment('p1', paragraph(0), index)!;
const groupOf = (align: StoredAlignment, lang: Lang, form: string) => align[lang].find(([t]) => t.includes(form))?.[1];

describe('article:new alignment draft', () => {
  it('drafts phrases that tile each text and keep every alignment rule', () => {
    for (const lang of LANGS) expect(draft.align[lang].map(([t]) => t).join('')).toBe(paragraph(0)[lang]);
    expect(alignIssues(draft.align, paragraph(0))).toEqual([]);
  });

  it('anchors a name found in every language in one group', () => {
    const groups = LANGS.map((lang) => groupOf(draft.align, lang, beijing.forms[lang][0]!));
    expect(new Set(groups).size).toBe(1);
    expect(draft.report.groups.anchored).toContain(groups[0]);
  });

  it('lets a Korean particle ride with its anchor', () => {
    const phrase = draft.align.ko.find(([t]) => t.includes(beijing.forms.ko[0]!))![0];
    const rest = paragraph(0).ko.slice(paragraph(0).ko.indexOf(phrase) + phrase.length);
    expect(phrase.trimStart()).not.toBe(beijing.forms.ko[0]);
    expect(rest === '' || rest.startsWith(' ')).toBe(true);
  });

  it('never cuts a name or term the reader marks', () => {
    for (const i of [0, 1]) {
      const { align } = draftAlignment(`p${i + 1}`, paragraph(i), index)!;
      for (const lang of LANGS) {
        const cuts = boundaries(align[lang]);
        for (const m of markSpans(annotate(paragraph(i)[lang], lang, index))) {
          expect(cuts.filter((c) => c > m.start && c < m.end)).toEqual([]);
        }
      }
    }
  });

  it('lists the groups it only proposed by position, for review', () => {
    expect(draft.align.proposed).toEqual(draft.report.groups.proposed);
    expect(draft.report.groups.proposed.length).toBeGreaterThan(0);
    for (const g of draft.report.groups.proposed) expect(draft.report.groups.anchored).not.toContain(g);
  });

  it('reports the anchored, proposed and unaligned shares of the paragraph', () => {
    const { anchored, proposed, unaligned } = draft.report;
    expect(anchored).toBeGreaterThan(0);
    expect(proposed).toBeGreaterThan(0);
    expect(anchored + proposed + unaligned).toBeCloseTo(1, 10);
  });

  it('drafts nothing where no name or term stands in two languages', () => {
    expect(
      draftAlignment('p1', { en: 'It rained all day.', ko: '하루 종일 비가 왔다.', zh: '下了一整天雨。' }, index),
    ).toBeUndefined();
  });

  it('puts the draft in the article, where the draft schema keeps it', () => {
    const { article, report } = draftArticle({
      slug: 'ban-visits-beijing',
      texts,
      lexicon: getLexicon(),
      names: getNames(),
    });
    expect(report.alignment.map((a) => a.paragraph)).toEqual(['p1', 'p2']);
    expect(article.paragraphs[0]!.align?.proposed).toEqual(report.alignment[0]!.groups.proposed);
    expect(DraftArticle.safeParse(article).success).toBe(true);
  });

  it('drafts no alignment without all three languages, and says so', () => {
    const { article, report } = draftArticle({
      slug: 'x',
      texts: { en: texts.en, ko: texts.ko },
      lexicon: getLexicon(),
      names: getNames(),
    });
    expect(article.paragraphs.every((p) => p.align === undefined)).toBe(true);
    expect(report.alignment).toEqual([]);
    expect(report.warnings).toContainEqual(expect.stringMatching(/^no phrase alignment drafted/));
  });
});
