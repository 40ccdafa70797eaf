import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { Block } from '../lexicon-rules';
import { ArticleTerms, type ArticleFile, type Lang } from '../schema';
import { lineOf, readJson, validate, type Problem } from './json';

/** What the terms.json rules are checked against, and what they add to for the lexicon rules. */
export type TermsContext = {
  dir: string;
  slug: string;
  article: z.infer<typeof ArticleFile>;
  /** Lexicon ids, each with the file that defines it. */
  lexiconIds: ReadonlyMap<string, string>;
  nameIds: ReadonlySet<string>;
  /** Every article's text: a suppressed text is recorded on its blocks. */
  blocks: Block[];
  /** Terms marked by hand or listed as untranslated, by language: accounted for there. */
  accounted: Record<Lang, Set<string>>;
};

/** An article's terms.json: the paragraphs, texts, terms and names it points at must exist. */
export function termsFile(
  { dir, slug, article, lexiconIds, nameIds, blocks, accounted }: TermsContext,
  problems: Problem[],
) {
  const rel = `articles/${slug}/terms.json`;
  if (fs.existsSync(path.join(dir, rel))) {
    const tj = readJson(dir, rel, problems);
    const terms = tj && validate(ArticleTerms, tj, problems);
    if (tj && terms) {
      const paragraphs = new Map(article.paragraphs.map((p) => [p.id, p]));
      const addIds = new Set(terms.add.map((e) => e.id));
      terms.add.forEach((e, i) => {
        if (lexiconIds.has(e.id)) {
          problems.push({
            file: tj.file,
            line: lineOf(tj, ['add', i, 'id']),
            message: `added term "${e.id}" is already in ${lexiconIds.get(e.id)}`,
            fix: 'remove it here or give it another id',
          });
        }
      });
      const there = (kind: 'suppress' | 'mark', i: number, lang: Lang, text: string, paragraph?: string) => {
        if (paragraph !== undefined && !paragraphs.has(paragraph)) {
          problems.push({
            file: tj.file,
            line: lineOf(tj, [kind, i, 'paragraph']),
            message: `paragraph "${paragraph}" does not exist`,
            fix: `use one of p1…p${article.paragraphs.length}`,
          });
          return;
        }
        const texts = paragraph ? [paragraphs.get(paragraph)!.text[lang]] : article.paragraphs.map((p) => p.text[lang]);
        if (!texts.some((t) => t?.includes(text))) {
          problems.push({
            file: tj.file,
            line: lineOf(tj, [kind, i, 'text']),
            message: `"${text}" is not in the ${lang} text of ${paragraph ?? 'the article'}`,
            fix: 'copy the text exactly as it stands in article.json, or remove the entry',
          });
        }
      };
      terms.suppress.forEach((s, i) => {
        there('suppress', i, s.lang, s.text, s.paragraph);
        for (const b of blocks) {
          if (b.article === slug && b.lang === s.lang && (s.paragraph === undefined || s.paragraph === b.where)) {
            b.suppressed = (b.suppressed ?? new Set()).add(s.text);
          }
        }
      });
      terms.untranslated.forEach((u, i) => {
        if (!paragraphs.has(u.paragraph)) {
          problems.push({
            file: tj.file,
            line: lineOf(tj, ['untranslated', i, 'paragraph']),
            message: `paragraph "${u.paragraph}" does not exist`,
            fix: `use one of p1…p${article.paragraphs.length}`,
          });
        }
        if (!lexiconIds.has(u.term) && !addIds.has(u.term)) {
          problems.push({
            file: tj.file,
            line: lineOf(tj, ['untranslated', i, 'term']),
            message: `term "${u.term}" is not in the lexicon`,
            fix: 'use an id from content/lexicon/*.json',
          });
        }
        accounted[u.lang].add(u.term);
      });
      terms.mark.forEach((m, i) => {
        there('mark', i, m.lang, m.text, m.paragraph);
        if (m.term) accounted[m.lang].add(m.term);
        if (m.term && !lexiconIds.has(m.term) && !addIds.has(m.term)) {
          problems.push({
            file: tj.file,
            line: lineOf(tj, ['mark', i, 'term']),
            message: `term "${m.term}" is not in the lexicon`,
            fix: 'use an id from content/lexicon/*.json or add the term under "add"',
          });
        }
        if (m.name && !nameIds.has(m.name)) {
          problems.push({
            file: tj.file,
            line: lineOf(tj, ['mark', i, 'name']),
            message: `name "${m.name}" is not in the names registry`,
            fix: 'add it to content/names/names.json or use a registered id',
          });
        }
      });
    }
  }
}
