// npm run coverage [-- --missed]: how much of the vocabulary of unseen diplomatic news the
// lexicon covers. Runs article:new (--dry-run --json) on each text in tests/fixtures/coverage/,
// which were written without access to the lexicon, and compares the terms it finds with the
// terms a teacher would gloss there (gloss.json). It measures and reports; it never fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { coverage, type Coverage, type Gloss } from '../lib/authoring/coverage';
import type { Report } from '../lib/authoring/draft';

const DIR = path.resolve('tests/fixtures/coverage');
const showMissed = process.argv.includes('--missed');
const slugs = fs
  .readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);
const cell = (c: Coverage['en']) => `${c.covered}/${c.total} (${pct(c.covered, c.total)}; +${c.touched} partly)`;

const totals: Coverage = {
  en: { total: 0, covered: 0, touched: 0, missed: [] },
  ko: { total: 0, covered: 0, touched: 0, missed: [] },
  zh: { total: 0, covered: 0, touched: 0, missed: [] },
};
console.log('| text | English | Korean | Chinese |\n| --- | --- | --- | --- |');
for (const slug of slugs) {
  const file = (name: string) => path.join(DIR, slug, name);
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=react-server',
      'scripts/article-new.ts',
      '--slug',
      `coverage-${slug}`,
      '--en',
      file('en.txt'),
      '--ko',
      file('ko.txt'),
      '--zh',
      file('zh.txt'),
      '--dry-run',
      '--json',
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) {
    console.log(`| ${slug} | article:new failed: ${run.stderr.trim().split('\n')[0]} | | |`);
    continue;
  }
  const report = JSON.parse(run.stdout) as Report;
  const glosses = JSON.parse(fs.readFileSync(file('gloss.json'), 'utf8')) as Gloss[];
  const result = coverage(glosses, report);
  for (const lang of ['en', 'ko', 'zh'] as const) {
    totals[lang].total += result[lang].total;
    totals[lang].covered += result[lang].covered;
    totals[lang].touched += result[lang].touched;
    totals[lang].missed.push(...result[lang].missed.map((m) => `${m} (${slug})`));
  }
  console.log(`| ${slug} | ${cell(result.en)} | ${cell(result.ko)} | ${cell(result.zh)} |`);
}
console.log(`| **all ${slugs.length} texts** | ${cell(totals.en)} | ${cell(totals.ko)} | ${cell(totals.zh)} |`);
if (showMissed) {
  for (const lang of ['en', 'ko', 'zh'] as const) console.log(`\nmissed (${lang}): ${totals[lang].missed.join('; ')}`);
}
