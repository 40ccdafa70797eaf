// npm run measure:fresh [-- --failures]: the romanizers on the blind held-out sets, written by
// authors who neither read nor ran the romanizers (tests/unit/romanize/sets/rr-fresh*.json and
// pinyin-fresh*.json; BLIND_SETS in case-sets.ts). Each was measured once when it came, after the
// rules of the set before it (README, "Romanization engines"; the outputs as printed are in
// docs/language-review/fresh*-measured.txt). Reports the score by mode and lists the failures on
// request.
import { romanizeChinese } from '../../lib/romanize/chinese';
import { romanizeKorean } from '../../lib/romanize/korean';
import { BLIND_SETS, type PinyinFreshCase, type RrFreshCase } from '../unit/romanize/case-sets';

const showFailures = process.argv.includes('--failures');

function report<C extends { input: string; mode: string; expected: string; source: string }>(
  title: string,
  cases: readonly C[],
  run: (c: C) => string,
) {
  const byMode = new Map<string, { right: number; total: number }>();
  const failures: string[] = [];
  for (const c of cases) {
    const got = run(c);
    const row = byMode.get(c.mode) ?? { right: 0, total: 0 };
    row.total++;
    if (got === c.expected) row.right++;
    else failures.push(`  ${c.mode} ${c.input}: expected ${c.expected}, got ${got} (${c.source})`);
    byMode.set(c.mode, row);
  }
  const right = cases.length - failures.length;
  console.log(`${title}: ${right}/${cases.length} (${((100 * right) / cases.length).toFixed(1)} %)`);
  for (const [mode, r] of byMode)
    console.log(`  ${mode}: ${r.right}/${r.total} (${((100 * r.right) / r.total).toFixed(1)} %)`);
  if (showFailures) console.log(failures.join('\n'));
}

const korean = (c: RrFreshCase) => romanizeKorean(c.input, { mode: c.mode, hyphenate: c.hyphenate });
const chinese = (c: PinyinFreshCase) => romanizeChinese(c.input, c.mode);
for (const set of BLIND_SETS) {
  report(`Korean RR, ${set.name} set`, set.rr, korean);
  report(`Pinyin, ${set.name} set`, set.pinyin, chinese);
}
