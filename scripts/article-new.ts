// npm run article:new -- --slug SLUG --en FILE [--ko FILE] [--zh FILE] [--meta FILE]
//                        [--dry-run] [--json] [--force]
// Turns a plain-text article (headline on the first line, paragraphs separated by blank
// lines) into a draft in content/articles/SLUG/, and reports the terms and names it found
// and, with all three languages, how much of each paragraph's drafted phrase alignment is
// anchored by them and how much only proposed by position.
// Bad input gets one line on stderr and exit code 1; nothing is half-written.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { draftArticle, Meta, type Report } from '../lib/authoring/draft';
import { decodeUtf8, InputError, parseArticleText } from '../lib/authoring/text';
import { isId } from '../lib/content/ids';
import { getLexicon, getNames } from '../lib/content/load';

const CONTENT = path.resolve(process.env.CONTENT_DIR ?? 'content');
const USAGE =
  'usage: npm run article:new -- --slug SLUG --en FILE [--ko FILE] [--zh FILE] [--meta FILE] [--dry-run] [--json] [--force]';

function readText(file: string, label: string): string {
  let bytes: Buffer;
  try {
    if (!fs.statSync(file).isFile()) throw new InputError(`${label} file ${file} is not a file`);
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${label} file ${file} does not exist or cannot be read`);
  }
  return decodeUtf8(bytes, `${label} file ${file}`);
}

function printReport(report: Report, target: string, dryRun: boolean) {
  const known = report.names.filter((n) => n.known);
  const unknown = report.names.filter((n) => !n.known);
  console.log(
    `${dryRun ? 'Would write' : 'Wrote'} ${target}: ${report.paragraphs.length} paragraphs, ${report.terms.length} lexicon terms, ${known.length} registered names.`,
  );
  for (const n of unknown) {
    if (n.known) continue;
    const ko = n.candidates.hangul.map((c) => `${c.text} (${c.rr}, ${c.score})`).join(', ') || 'none';
    const zh = n.candidates.zh.map((c) => `${c.text} (${c.pinyin}, ${c.score})`).join(', ') || 'none';
    console.log(
      `  name to review: ${n.text} [${n.guess}] in ${n.paragraphs.join(', ')}; Hangul: ${ko}; Chinese: ${zh}`,
    );
  }
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  for (const a of report.alignment) {
    console.log(
      a.groups.anchored.length === 0
        ? `  alignment ${a.paragraph}: no name or term in two languages to anchor it; left for people`
        : `  alignment ${a.paragraph}: ${pct(a.anchored)} anchored by names and terms, ${pct(a.proposed)} proposed by position${
            a.groups.proposed.length ? ` (groups ${a.groups.proposed.join(', ')} to review)` : ''
          }${a.unaligned > 0 ? `, ${pct(a.unaligned)} unaligned` : ''}`,
    );
  }
  for (const w of report.warnings) console.log(`  warning: ${w}`);
}

function main() {
  const { values } = parseArgs({
    options: {
      slug: { type: 'string' },
      en: { type: 'string' },
      ko: { type: 'string' },
      zh: { type: 'string' },
      meta: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (!values.slug) throw new InputError(`--slug is missing (${USAGE})`);
  if (!values.en) throw new InputError(`--en is missing (${USAGE})`);
  const slug = values.slug;
  if (!isId(slug)) {
    throw new InputError(`slug "${slug}" must be lowercase words joined by hyphens, like "korea-japan-talks"`);
  }
  const target = path.join(CONTENT, 'articles', slug);
  if (fs.existsSync(target) && !values.force) {
    throw new InputError(`content/articles/${slug} already exists (pick another slug, or add --force to replace it)`);
  }
  const texts = {
    en: parseArticleText(readText(values.en, 'English'), 'en', 'the English'),
    ...(values.ko ? { ko: parseArticleText(readText(values.ko, 'Korean'), 'ko', 'the Korean') } : {}),
    ...(values.zh ? { zh: parseArticleText(readText(values.zh, 'Chinese'), 'zh', 'the Chinese') } : {}),
  };
  let meta: Meta | undefined;
  if (values.meta) {
    let data: unknown;
    try {
      data = JSON.parse(readText(values.meta, 'meta'));
    } catch (error) {
      throw error instanceof InputError ? error : new InputError(`meta file ${values.meta} is not valid JSON`);
    }
    const parsed = Meta.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new InputError(`meta file ${values.meta}: "${issue.path.join('.')}" ${issue.message}`);
    }
    meta = parsed.data;
  }

  const { article, report, todo } = draftArticle({ slug, texts, meta, lexicon: getLexicon(), names: getNames() });

  if (!values['dry-run']) {
    // Write everything to a temporary folder, then move it into place in one step.
    const tmp = fs.mkdtempSync(path.join(path.dirname(target), `.${slug}-`));
    try {
      // One phrase of the drafted alignment per line (["text", group]), group lists on one line.
      const json = JSON.stringify(article, null, 2)
        .replace(/\[\n\s+("(?:[^"\\]|\\.)*"),\n\s+(\d+)\n\s+\]/g, '[$1, $2]')
        .replace(/\[\n\s+(\d+(?:,\n\s+\d+)*)\n\s+\]/g, (_, list: string) => `[${list.split(/,\s+/).join(', ')}]`);
      fs.writeFileSync(path.join(tmp, 'article.json'), `${json}\n`);
      fs.writeFileSync(
        path.join(tmp, 'terms.json'),
        `${JSON.stringify({ add: [], suppress: [], mark: [] }, null, 2)}\n`,
      );
      if (todo.length > 0) fs.writeFileSync(path.join(tmp, 'names.todo.json'), `${JSON.stringify(todo, null, 2)}\n`);
      fs.copyFileSync(values.en, path.join(tmp, 'source.txt'));
      if (fs.existsSync(target)) fs.rmSync(target, { recursive: true });
      fs.renameSync(tmp, target);
    } catch (error) {
      fs.rmSync(tmp, { recursive: true, force: true });
      throw error;
    }
  }
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else printReport(report, path.relative(process.cwd(), target) || target, values['dry-run']);
}

// A reader that stops early (| head) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

try {
  main();
} catch (error) {
  const message =
    error instanceof InputError
      ? error.message
      : (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
        ? `${(error as Error).message} (${USAGE})`
        : `unexpected error: ${(error as Error).message}`;
  console.error(`article:new: ${message}`);
  process.exit(1);
}
