import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { matchForms } from '@/lib/terms/lexicon';
import { alignCoverage, boundaries, type Coverage } from '../align';
import { annotate, forceMarks, indexMarks, markSpans } from '../annotate';
import type { Placed } from '../lexicon-rules';
import { ArticleTerms, type ArticleFile, type ArticleTerms as ArticleTermsFile, type NameRegistry } from '../schema';
import { lineOf, readJson, validate, type Json, type Problem } from './json';

/** The phrase alignment's coverage of one paragraph (lib/content/align.ts alignCoverage). */
export type CoverageRow = { article: string; paragraph: string; coverage: Coverage };

type PhraseContext = {
  dir: string;
  slug: string;
  json: Json;
  article: z.infer<typeof ArticleFile>;
  names: z.infer<typeof NameRegistry>;
  lexicon: Placed[];
};

/**
 * Phrase alignment: a name or term the reader marks stays inside one phrase, marked as the loader
 * marks it (lib/content/load.ts: names, the lexicon and terms.json); and each aligned paragraph's
 * coverage. terms.json's own problems are reported by rules/terms-file.ts.
 */
export function phrases(
  { dir, slug, json, article, names, lexicon }: PhraseContext,
  problems: Problem[],
): CoverageRow[] {
  const coverage: CoverageRow[] = [];
  let terms: ArticleTermsFile = { add: [], suppress: [], mark: [], untranslated: [] };
  const rel = `articles/${slug}/terms.json`;
  if (fs.existsSync(path.join(dir, rel))) {
    const ignored: Problem[] = [];
    const tj = readJson(dir, rel, ignored);
    terms = (tj && validate(ArticleTerms, tj, ignored)) || terms;
  }
  const marksIndex = indexMarks({
    names,
    terms: [...lexicon.map((p) => p.entry), ...terms.add].map((e) => ({ id: e.id, match: matchForms(e) })),
  });
  article.paragraphs.forEach((p, i) => {
    if (!p.align) return;
    coverage.push({ article: slug, paragraph: p.id, coverage: alignCoverage(p.align) });
    for (const lang of ['en', 'ko', 'zh'] as const) {
      const text = p.text[lang];
      if (!text) continue;
      const suppressed = new Set(
        terms.suppress
          .filter((s) => s.lang === lang && (s.paragraph === undefined || s.paragraph === p.id))
          .map((s) => s.text),
      );
      const marks = terms.mark.filter((m) => m.lang === lang && m.paragraph === p.id);
      const cuts = boundaries(p.align[lang]);
      for (const s of markSpans(forceMarks(annotate(text, lang, marksIndex, suppressed), marks))) {
        if (!cuts.some((c) => c > s.start && c < s.end)) continue;
        problems.push({
          file: json.file,
          line: lineOf(json, ['paragraphs', i, 'align', lang]),
          message: `the ${lang} ${s.kind} "${s.text}" (${s.id}) in ${p.id} is cut by a phrase boundary`,
          fix: `move the boundary so that one phrase holds the whole ${s.kind}`,
        });
      }
    }
  });
  return coverage;
}
