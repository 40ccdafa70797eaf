// Counts how many cases of the Revised Romanization test set each approach gets right:
//   1. hangul-js jamo + the RR letter tables, letter by letter (what hangul-js alone gives),
//   2. es-hangul's romanize() (its standard pronunciation, then letters),
//   3. lib/romanize/korean.ts (our sound changes, the exceptions data and the rule text's modes).
// The set (tests/unit/romanize/case-sets.ts) is split by a stable hash into a development part
// and a held-out part (about one case in four) that was not looked at while developing.
// Run: npm run measure:rr -- [--failures]
import { romanize as esRomanize } from 'es-hangul';
import { romanizeKorean } from '../../lib/romanize/korean';
import { romanizeLetters } from '../../lib/romanize/korean-pronunciation';
import { RR_CASES, RR_DEV_CASES, RR_HELD_OUT_CASES, type RrCase } from '../unit/romanize/case-sets';

const ours = (c: RrCase) => romanizeKorean(c.input, { mode: c.mode, hyphenate: c.hyphenate });

// The two libraries neither capitalise, space names nor hyphenate units: they are compared
// case-blind with spaces and hyphens removed, ours exactly.
const loose = (s: string) => s.toLowerCase().replace(/[\s-]/g, '');
const approaches: Record<string, (c: RrCase) => boolean> = {
  'RR letter table, no sound changes': (c) => loose(romanizeLetters(c.input)) === loose(c.expected),
  'es-hangul romanize()': (c) => loose(esRomanize(c.input)) === loose(c.expected),
  'lib/romanize/korean.ts': (c) => ours(c) === c.expected,
};

const pct = (right: number, of: number) => `${((100 * right) / of).toFixed(1)} %`;
const score = (cases: readonly RrCase[], right: (c: RrCase) => boolean) => {
  const n = cases.filter(right).length;
  return `${n}/${cases.length} (${pct(n, cases.length)})`;
};

console.log(
  `Revised Romanization test set: ${RR_CASES.length} cases (development ${RR_DEV_CASES.length}, held out ${RR_HELD_OUT_CASES.length})\n`,
);
console.log('| approach | development | held out | whole set |\n| --- | --- | --- | --- |');
for (const [name, right] of Object.entries(approaches)) {
  console.log(
    `| ${name} | ${score(RR_DEV_CASES, right)} | ${score(RR_HELD_OUT_CASES, right)} | ${score(RR_CASES, right)} |`,
  );
}

console.log('\n| kind | cases | held out | lib/romanize/korean.ts |\n| --- | --- | --- | --- |');
for (const kind of [...new Set(RR_CASES.map((c) => c.kind))]) {
  const cases = RR_CASES.filter((c) => c.kind === kind);
  const held = RR_HELD_OUT_CASES.filter((c) => c.kind === kind).length;
  console.log(`| ${kind} | ${cases.length} | ${held} | ${score(cases, approaches['lib/romanize/korean.ts']!)} |`);
}

if (process.argv.includes('--failures')) {
  const failing = RR_CASES.filter((c) => ours(c) !== c.expected);
  console.log(`\n${failing.length} failing:`);
  for (const c of failing) {
    console.log(
      `  ${c.input} (${c.mode}${c.hyphenate ? ', hyphen' : ''}): expected ${c.expected}, got ${ours(c)} — ${c.source}`,
    );
  }
}
