import fs from 'node:fs';
import path from 'node:path';
import { findNodeAtLocation, parseTree, type Node, type ParseError, printParseErrorCode, parse as parseJsonc } from 'jsonc-parser';
import type { z } from 'zod';
import { matchForms } from '@/lib/terms/lexicon';
import { alignCoverage, boundaries, type Coverage } from './align';
import { indexMarks, annotate, forceMarks, markSpans } from './annotate';
import { KoreanExceptions } from './romanization';
import { ChineseReadings } from './romanization-zh';
import { formsInsideNames, hanjaReadings, sharedForms, unmatchedLanguages, type Block, type Finding, type Placed } from './lexicon-rules';
import {
  ArticleFile,
  ArticleTerms,
  HanjaReadings,
  LexiconFile,
  NameRegistry,
  NamesTodo,
  type ArticleTerms as ArticleTermsFile,
  type Lang,
} from './schema';

/** One thing wrong in the content: where, what, and how to fix it. */
export type Problem = { file: string; line: number; message: string; fix: string };

export const formatProblem = (p: Problem) => `${p.file}:${p.line}: ${p.message} (${p.fix})`;

type Json = { file: string; text: string; root: Node | undefined; data: unknown };

/** Reads a JSON file, keeping its text to point at lines. Syntax errors become problems. */
function readJson(dir: string, rel: string, problems: Problem[]): Json | null {
  const file = path.join(dir, rel);
  const name = path.join('content', rel);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file));
  } catch {
    problems.push({ file: name, line: 1, message: 'is not readable UTF-8 text', fix: 'save it as UTF-8' });
    return null;
  }
  const errors: ParseError[] = [];
  const data = parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0) {
    for (const e of errors) {
      problems.push({
        file: name,
        line: lineAt(text, e.offset),
        message: `JSON syntax error: ${printParseErrorCode(e.error)}`,
        fix: 'fix the JSON at this line; a missing comma or quote is the usual cause',
      });
    }
    return null;
  }
  return { file: name, text, root: parseTree(text), data };
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The line of a JSON path, or of the nearest ancestor that exists. */
function lineOf(json: Json, at: (string | number)[]): number {
  if (!json.root) return 1;
  for (let n = at.length; n >= 0; n--) {
    const node = findNodeAtLocation(json.root, at.slice(0, n));
    if (node) return lineAt(json.text, (node.parent?.type === 'property' ? node.parent : node).offset);
  }
  return 1;
}

function describe(issue: z.core.$ZodIssue): { message: string; fix: string } {
  const field = issue.path.length ? `"${issue.path.join('.')}"` : 'the file';
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return { message: `${field} is missing`, fix: `add ${field.replace(/"/g, '')} (${issue.expected})` };
  }
  if (issue.code === 'invalid_type') return { message: `${field} must be ${issue.expected}`, fix: `make it ${issue.expected}` };
  if (issue.code === 'unrecognized_keys') {
    return { message: `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} in ${field}`, fix: 'remove it or fix its spelling' };
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return { message: `${field} is empty`, fix: 'write the text or remove the field' };
  if (issue.code === 'too_small') return { message: `${field} has too few items`, fix: issue.message };
  if (issue.code === 'custom' && typeof issue.params?.fix === 'string') return { message: `${field}: ${issue.message}`, fix: issue.params.fix };
  if (issue.code === 'invalid_union') return { message: `${field} is not a valid article`, fix: '"status" must be "published" or "draft"' };
  return { message: `${field} ${issue.message}`, fix: 'see the schema in lib/content/schema.ts' };
}

function validate<S extends z.ZodType>(schema: S, json: Json, problems: Problem[]): z.infer<S> | null {
  const result = schema.safeParse(json.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file: json.file, line: lineOf(json, issue.path as (string | number)[]), ...describe(issue) });
  }
  return null;
}

// A translation a paragraph away from its English: lengths that cannot belong together.
// Ratios of Korean and Chinese characters to English characters in news text.
const RATIO: Record<Exclude<Lang, 'en'>, [number, number]> = { ko: [0.2, 1.2], zh: [0.12, 0.8] };

/** The phrase alignment's coverage of one paragraph (lib/content/align.ts alignCoverage). */
export type CoverageRow = { article: string; paragraph: string; coverage: Coverage };

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
  const names = namesJson ? validate(NameRegistry, namesJson, problems) ?? [] : [];
  const nameIds = new Set(names.map((n) => n.id));

  const lexiconIds = new Map<string, string>();
  const lexicon: Placed[] = [];
  const jsonOf = new Map<string, Json>(namesJson ? [[namesJson.file, namesJson]] : []);
  const lexDir = path.join(dir, 'lexicon');
  for (const f of fs.existsSync(lexDir) ? fs.readdirSync(lexDir).filter((f) => f.endsWith('.json')).sort() : []) {
    const json = readJson(dir, `lexicon/${f}`, problems);
    const entries = json && validate(LexiconFile, json, problems);
    if (!json || !entries) continue;
    jsonOf.set(json.file, json);
    entries.forEach((e, i) => {
      const other = lexiconIds.get(e.id);
      if (other) {
        problems.push({ file: json.file, line: lineOf(json, [i, 'id']), message: `id "${e.id}" is already used in ${other}`, fix: 'give this entry another id or merge the two' });
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
    ? fs.readdirSync(articlesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  for (const slug of slugs) {
    const rel = `articles/${slug}`;
    if (!fs.existsSync(path.join(articlesDir, slug, 'article.json'))) {
      problems.push({ file: `content/${rel}`, line: 1, message: 'has no article.json', fix: 'add one with npm run article:new, or remove the folder' });
      continue;
    }
    const json = readJson(dir, `${rel}/article.json`, problems);
    const article = json && validate(ArticleFile, json, problems);
    if (!json || !article) continue;
    if (article.slug !== slug) {
      problems.push({ file: json.file, line: lineOf(json, ['slug']), message: `slug "${article.slug}" differs from the folder's name`, fix: `make it "${slug}" or rename the folder` });
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

    // Alignment: each paragraph's translations against its English.
    article.paragraphs.forEach((p, i) => {
      for (const lang of ['ko', 'zh'] as const) {
        const text = p.text[lang];
        if (!text) continue;
        const ratio = [...text].length / [...p.text.en].length;
        const [min, max] = RATIO[lang];
        if (ratio < min || ratio > max) {
          problems.push({
            file: json.file,
            line: lineOf(json, ['paragraphs', i, 'text', lang]),
            message: `the ${lang} text of ${p.id} is ${ratio < min ? 'far shorter' : 'far longer'} than its English (${ratio.toFixed(2)} of its length)`,
            fix: 'check that it translates this paragraph and not the one before or after',
          });
        }
      }
    });

    // Names tie a translation to its English: when a paragraph's translation shares clearly
    // more names with a neighbour's English than with its own, the translations have slipped.
    const nameIndex = indexMarks({ names });
    const namesIn = (text: string | undefined, lang: Lang) =>
      new Set(text ? annotate(text, lang, nameIndex).flatMap((s) => (typeof s === 'string' ? [] : [s.id])) : []);
    const jaccard = (a: Set<string>, b: Set<string>) => {
      const union = new Set([...a, ...b]).size;
      return union === 0 ? 0 : [...a].filter((x) => b.has(x)).length / union;
    };
    const english = article.paragraphs.map((p) => namesIn(p.text.en, 'en'));
    article.paragraphs.forEach((p, i) => {
      for (const lang of ['ko', 'zh'] as const) {
        const here = namesIn(p.text[lang], lang);
        if (here.size === 0) continue;
        const own = jaccard(here, english[i]!);
        const near = [i - 1, i + 1].find((j) => english[j] && jaccard(here, english[j]!) >= own + 0.5);
        if (near !== undefined) {
          problems.push({
            file: json.file,
            line: lineOf(json, ['paragraphs', i, 'text', lang]),
            message: `the ${lang} text of ${p.id} names who and what ${article.paragraphs[near]!.id}'s English does, not its own`,
            fix: 'the translations seem shifted by a paragraph: put each translation with its English',
          });
        }
      }
    });

    // terms.json: what it points at must exist.
    const termsRel = `${rel}/terms.json`;
    let articleTerms: ArticleTermsFile = { add: [], suppress: [], mark: [], untranslated: [] };
    if (fs.existsSync(path.join(dir, termsRel))) {
      const tj = readJson(dir, termsRel, problems);
      const terms = tj && validate(ArticleTerms, tj, problems);
      if (tj && terms) {
        articleTerms = terms;
        const paragraphs = new Map(article.paragraphs.map((p) => [p.id, p]));
        const addIds = new Set(terms.add.map((e) => e.id));
        terms.add.forEach((e, i) => {
          if (lexiconIds.has(e.id)) {
            problems.push({ file: tj.file, line: lineOf(tj, ['add', i, 'id']), message: `added term "${e.id}" is already in ${lexiconIds.get(e.id)}`, fix: 'remove it here or give it another id' });
          }
        });
        const there = (kind: 'suppress' | 'mark', i: number, lang: Lang, text: string, paragraph?: string) => {
          if (paragraph !== undefined && !paragraphs.has(paragraph)) {
            problems.push({ file: tj.file, line: lineOf(tj, [kind, i, 'paragraph']), message: `paragraph "${paragraph}" does not exist`, fix: `use one of p1…p${article.paragraphs.length}` });
            return;
          }
          const texts = paragraph ? [paragraphs.get(paragraph)!.text[lang]] : article.paragraphs.map((p) => p.text[lang]);
          if (!texts.some((t) => t?.includes(text))) {
            problems.push({ file: tj.file, line: lineOf(tj, [kind, i, 'text']), message: `"${text}" is not in the ${lang} text of ${paragraph ?? 'the article'}`, fix: 'copy the text exactly as it stands in article.json, or remove the entry' });
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
            problems.push({ file: tj.file, line: lineOf(tj, ['untranslated', i, 'paragraph']), message: `paragraph "${u.paragraph}" does not exist`, fix: `use one of p1…p${article.paragraphs.length}` });
          }
          if (!lexiconIds.has(u.term) && !addIds.has(u.term)) {
            problems.push({ file: tj.file, line: lineOf(tj, ['untranslated', i, 'term']), message: `term "${u.term}" is not in the lexicon`, fix: 'use an id from content/lexicon/*.json' });
          }
          accounted[u.lang].add(u.term);
        });
        terms.mark.forEach((m, i) => {
          there('mark', i, m.lang, m.text, m.paragraph);
          if (m.term) accounted[m.lang].add(m.term);
          if (m.term && !lexiconIds.has(m.term) && !addIds.has(m.term)) {
            problems.push({ file: tj.file, line: lineOf(tj, ['mark', i, 'term']), message: `term "${m.term}" is not in the lexicon`, fix: 'use an id from content/lexicon/*.json or add the term under "add"' });
          }
          if (m.name && !nameIds.has(m.name)) {
            problems.push({ file: tj.file, line: lineOf(tj, ['mark', i, 'name']), message: `name "${m.name}" is not in the names registry`, fix: 'add it to content/names/names.json or use a registered id' });
          }
        });
      }
    }

    // Phrase alignment: a name or term the reader marks stays inside one phrase, marked as the
    // loader marks it (lib/content/load.ts: names, the lexicon and terms.json); and its coverage.
    const marksIndex = indexMarks({
      names,
      terms: [...lexicon.map((p) => p.entry), ...articleTerms.add].map((e) => ({ id: e.id, match: matchForms(e) })),
    });
    article.paragraphs.forEach((p, i) => {
      if (!p.align) return;
      coverage.push({ article: slug, paragraph: p.id, coverage: alignCoverage(p.align) });
      for (const lang of ['en', 'ko', 'zh'] as const) {
        const text = p.text[lang];
        if (!text) continue;
        const suppressed = new Set(
          articleTerms.suppress.filter((s) => s.lang === lang && (s.paragraph === undefined || s.paragraph === p.id)).map((s) => s.text),
        );
        const marks = articleTerms.mark.filter((m) => m.lang === lang && m.paragraph === p.id);
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

    // names.todo.json: names waiting for a person to confirm them.
    const todoRel = `${rel}/names.todo.json`;
    if (fs.existsSync(path.join(dir, todoRel))) {
      const tj = readJson(dir, todoRel, problems);
      const todo = tj && validate(NamesTodo, tj, problems);
      if (tj && todo && !draft && todo.length > 0) {
        todo.forEach((n, i) =>
          problems.push({
            file: tj.file,
            line: lineOf(tj, [i, 'text']),
            message: `"${n.text}" is not reviewed, and the article is published`,
            fix: 'add it to content/names/names.json with its native forms, or drop it from this list; delete the file when it is empty',
          }),
        );
      }
    }
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

