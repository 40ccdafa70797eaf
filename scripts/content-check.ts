// npm run content:check [-- DIR]: validates all content (content/ unless DIR is given) and
// prints every problem as `file:line: what is wrong (how to fix)`. Exits 1 when there is one.
// It also prints the phrase alignment's coverage of every aligned paragraph (the share of
// characters, spaces excluded, in groups). `npm run build` runs it first.
import path from 'node:path';
import { checkContentReport, formatProblem, type CoverageRow } from '../lib/content/check';

const dir = path.resolve(process.argv[2] ?? 'content');
const { problems, coverage } = checkContentReport(dir);

const pct = (x: number) => `${(x * 100).toFixed(1)} %`.padStart(8);
const byArticle = new Map<string, CoverageRow[]>();
for (const row of coverage) byArticle.set(row.article, [...(byArticle.get(row.article) ?? []), row]);
for (const [article, rows] of byArticle) {
  console.log(`alignment coverage, ${article} (en, ko, zh, all):`);
  for (const { paragraph, coverage: c } of rows)
    console.log(`  ${paragraph.padEnd(4)}${pct(c.en)}${pct(c.ko)}${pct(c.zh)}${pct(c.all)}`);
  const lowest = rows.reduce((min, r) => (r.coverage.all < min.coverage.all ? r : min));
  console.log(`  lowest: ${lowest.paragraph} ${pct(lowest.coverage.all).trim()}`);
}

for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  console.error(`\ncontent:check: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
console.log('content:check: all content is valid');
