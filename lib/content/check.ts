import fs from 'node:fs';
import path from 'node:path';
import {
  formsInsideNames,
  hanjaReadings,
  sharedForms,
  unmatchedLanguages,
  type Block,
  type Finding,
  type Placed,
} from './lexicon-rules';
import { KoreanExceptions } from './romanization';
import { ChineseReadings } from './romanization-zh';
import { alignment } from './rules/alignment';
import { lineOf, readJson, validate, type Json, type Problem } from './rules/json';
import { namesTodo } from './rules/names-todo';
import { phrases, type CoverageRow } from './rules/phrases';
import { termsFile } from './rules/terms-file';
import { ArticleFile, HanjaReadings, LexiconFile, NameRegistry, type Lang } from './schema';

// content:check's rules, each in a module named for what it checks (lib/content/rules/,
// lib/content/lexicon-rules.ts); this runs them over a content folder.

export { formatProblem, type Problem } from './rules/json';
export type { CoverageRow } from './rules/phrases';

/**
 * Every rule of `npm run content:check` over a content folder (content/ by default): schemas,
 * languages, alignment, references and ids. Returns the problems; an empty list is a pass.
 */
export function checkContent(dir: string): Problem[] {
  return checkContentReport(dir).problems;
}

/** checkContent's problems, and the coverage of every aligned paragraph it read, in order. */
export function checkContentReport(dir: string): { problems: Problem[]; coverage: CoverageRow[] } {
  const problems: Problem[] = [];
  const coverage: CoverageRow[] = [];

  const namesJson = readJson(dir, 'names/names.json', problems);
  const names = namesJson ? (validate(NameRegistry, namesJson, problems) ?? []) : [];
  const nameIds = new Set(names.map((n) => n.id));

  const lexiconIds = new Map<string, string>();
  const lexicon: Placed[] = [];
  const jsonOf = new Map<string, Json>(namesJson ? [[namesJson.file, namesJson]] : []);
  const lexDir = path.join(dir, 'lexicon');
  for (const f of fs.existsSync(lexDir)
    ? fs
        .readdirSync(lexDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : []) {
    const json = readJson(dir, `lexicon/${f}`, problems);
    const entries = json && validate(LexiconFile, json, problems);
    if (!json || !entries) continue;
    jsonOf.set(json.file, json);
    entries.forEach((e, i) => {
      const other = lexiconIds.get(e.id);
      if (other) {
        problems.push({
          file: json.file,
          line: lineOf(json, [i, 'id']),
          message: `id "${e.id}" is already used in ${other}`,
          fix: 'give this entry another id or merge the two',
        });
      }
      lexiconIds.set(e.id, json.file);
      lexicon.push({ entry: e, file: json.file, index: i });
    });
  }

  // Every article's text, and what terms.json marks by hand, for the lexicon rules below.
  const blocks: Block[] = [];
  // Terms terms.json marks by hand or lists as untranslated, by language: accounted for there.
  const accounted: Record<Lang, Set<string>> = { en: new Set(), ko: new Set(), zh: new Set() };

  const articlesDir = path.join(dir, 'articles');
  const slugs = fs.existsSync(articlesDir)
    ? fs
        .readdirSync(articlesDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  for (const slug of slugs) {
    const rel = `articles/${slug}`;
    if (!fs.existsSync(path.join(articlesDir, slug, 'article.json'))) {
      problems.push({
        file: `content/${rel}`,
        line: 1,
        message: 'has no article.json',
        fix: 'add one with npm run article:new, or remove the folder',
      });
      continue;
    }
    const json = readJson(dir, `${rel}/article.json`, problems);
    const article = json && validate(ArticleFile, json, problems);
    if (!json || !article) continue;
    if (article.slug !== slug) {
      problems.push({
        file: json.file,
        line: lineOf(json, ['slug']),
        message: `slug "${article.slug}" differs from the folder's name`,
        fix: `make it "${slug}" or rename the folder`,
      });
    }
    const draft = article.status === 'draft';
    const texts: [string, Partial<Record<Lang, string>> | undefined][] = [
      ['headline', article.headline],
      ['caption', article.caption],
      ...article.paragraphs.map((p) => [p.id, p.text] as [string, Partial<Record<Lang, string>>]),
    ];
    for (const [where, text] of texts) {
      for (const lang of ['en', 'ko', 'zh'] as const) {
        const t = text?.[lang];
        if (t) blocks.push({ article: slug, where, lang, text: t });
      }
    }

    // Each paragraph's translations against its English (rules/alignment.ts); what terms.json
    // points at (rules/terms-file.ts); no unreviewed names when published (rules/names-todo.ts).
    problems.push(...alignment(json, article, names));
    termsFile({ dir, slug, article, lexiconIds, nameIds, blocks, accounted }, problems);
    namesTodo(dir, slug, draft, problems);
    // Phrases hold whole marks; the coverage of each aligned paragraph (rules/phrases.ts).
    coverage.push(...phrases({ dir, slug, json, article, names, lexicon }, problems));
  }

  // The romanizers' data: readings, word divisions and exceptions, each with its source.
  for (const [rel, schema] of [
    ['romanization/chinese-readings.json', ChineseReadings],
    ['romanization/korean-exceptions.json', KoreanExceptions],
  ] as const) {
    if (!fs.existsSync(path.join(dir, rel))) continue;
    const json = readJson(dir, rel, problems);
    if (json) validate(schema, json, problems);
  }

  // Whole classes of lexicon error (lib/content/lexicon-rules.ts).
  let extra: HanjaReadings = {};
  if (fs.existsSync(path.join(dir, 'hanja/readings.json'))) {
    const json = readJson(dir, 'hanja/readings.json', problems);
    extra = (json && validate(HanjaReadings, json, problems)) ?? {};
  }
  const extraReadings = Object.fromEntries(Object.entries(extra).map(([c, r]) => [c, r.readings]));
  const placedNames = names.map((entry, index) => ({ entry, file: 'content/names/names.json', index }));
  const findings: Finding[] = [
    ...sharedForms(lexicon),
    ...formsInsideNames(lexicon, names, blocks),
    ...unmatchedLanguages(lexicon, names, blocks, accounted),
    ...hanjaReadings(lexicon, placedNames, extraReadings),
  ];
  for (const f of findings) {
    const json = jsonOf.get(f.file);
    problems.push({ file: f.file, line: json ? lineOf(json, [f.index, ...f.at]) : 1, message: f.message, fix: f.fix });
  }
  return { problems: problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line), coverage };
}
