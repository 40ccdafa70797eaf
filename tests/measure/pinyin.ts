// npm run measure:pinyin -- [--held-out-failures]
// Scores lib/romanize/chinese.ts on the sourced test set in tests/unit/romanize/pinyin-cases.ts:
// set sizes by kind, the share right on the development part and on the held-out part, and the
// development failures. Held-out failures are listed only when asked, so that they are not
// looked at while the romanizer is being developed.
import { romanizeChinese } from '../../lib/romanize/chinese';
import { PINYIN_CASES, isHeldOut, type PinyinCase } from '../unit/romanize/pinyin-cases';

const showHeldOut = process.argv.includes('--held-out-failures');

const run = (c: PinyinCase) => romanizeChinese(c[2], c[1]);
const pct = (right: number, all: number) => `${((100 * right) / all).toFixed(1)} % (${right}/${all})`;

const parts = { dev: PINYIN_CASES.filter((c) => !isHeldOut(c)), 'held-out': PINYIN_CASES.filter(isHeldOut) };

const kinds = [...new Set(PINYIN_CASES.map((c) => c[0]))];
console.log('kind        dev  held-out  all');
for (const k of kinds) {
  const n = (cs: readonly PinyinCase[]) => cs.filter((c) => c[0] === k).length;
  console.log(
    `${k.padEnd(10)} ${String(n(parts.dev)).padStart(4)} ${String(n(parts['held-out'])).padStart(9)} ${String(n(PINYIN_CASES)).padStart(4)}`,
  );
}
console.log(
  `${'all'.padEnd(10)} ${String(parts.dev.length).padStart(4)} ${String(parts['held-out'].length).padStart(9)} ${String(PINYIN_CASES.length).padStart(4)}\n`,
);

for (const [name, cases] of Object.entries(parts)) {
  const failures = cases.map((c) => [c, run(c)] as const).filter(([c, got]) => got !== c[3]);
  console.log(`${name}: ${pct(cases.length - failures.length, cases.length)}`);
  if (name === 'dev' || showHeldOut) {
    for (const [c, got] of failures) console.log(`  ${c[0]} ${c[1]} ${c[2]}: expected ${c[3]}, got ${got}  [${c[4]}]`);
  }
}
const all = PINYIN_CASES.filter((c) => run(c) === c[3]).length;
console.log(`whole set: ${pct(all, PINYIN_CASES.length)}`);
