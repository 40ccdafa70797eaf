// npm run measure:pinyin -- [--held-out-failures]
// Scores lib/romanize/chinese.ts on the sourced test set in tests/unit/romanize/sets/pinyin-cases.json:
// set sizes by kind, the share right on the development part and on the held-out part, and the
// development failures. Held-out failures are listed only when asked, so that they are not
// looked at while the romanizer is being developed.
import { romanizeChinese } from '../../lib/romanize/chinese';
import { isPinyinHeldOut, PINYIN_CASES, type PinyinCase } from '../unit/romanize/case-sets';

const showHeldOut = process.argv.includes('--held-out-failures');

const run = (c: PinyinCase) => romanizeChinese(c.input, c.mode);
const pct = (right: number, all: number) => `${((100 * right) / all).toFixed(1)} % (${right}/${all})`;

const parts = {
  dev: PINYIN_CASES.filter((c) => !isPinyinHeldOut(c)),
  'held-out': PINYIN_CASES.filter(isPinyinHeldOut),
};

const kinds = [...new Set(PINYIN_CASES.map((c) => c.kind))];
console.log('kind        dev  held-out  all');
for (const k of kinds) {
  const n = (cs: readonly PinyinCase[]) => cs.filter((c) => c.kind === k).length;
  console.log(
    `${k.padEnd(10)} ${String(n(parts.dev)).padStart(4)} ${String(n(parts['held-out'])).padStart(9)} ${String(n(PINYIN_CASES)).padStart(4)}`,
  );
}
console.log(
  `${'all'.padEnd(10)} ${String(parts.dev.length).padStart(4)} ${String(parts['held-out'].length).padStart(9)} ${String(PINYIN_CASES.length).padStart(4)}\n`,
);

for (const [name, cases] of Object.entries(parts)) {
  const failures = cases.map((c) => [c, run(c)] as const).filter(([c, got]) => got !== c.expected);
  console.log(`${name}: ${pct(cases.length - failures.length, cases.length)}`);
  if (name === 'dev' || showHeldOut) {
    for (const [c, got] of failures)
      console.log(`  ${c.kind} ${c.mode} ${c.input}: expected ${c.expected}, got ${got}  [${c.source}]`);
  }
}
const all = PINYIN_CASES.filter((c) => run(c) === c.expected).length;
console.log(`whole set: ${pct(all, PINYIN_CASES.length)}`);
