// npm run measure:fresh [-- --failures]: the romanizers on the fresh held-out sets, written by
// authors who neither read nor ran the romanizers: the second sets (rr-fresh.ts,
// pinyin-fresh.ts), whose failures were then fixed, and the third (rr-fresh2.ts,
// pinyin-fresh2.ts), measured once at the end and then worked on, and the fourth (rr-fresh3.ts,
// pinyin-fresh3.ts), measured once after the place-name rule. Reports the score by mode and lists the
// failures on request.
import { romanizeChinese } from '../../lib/romanize/chinese';
import { romanizeKorean } from '../../lib/romanize/korean';
import { PINYIN_FRESH } from '../unit/romanize/pinyin-fresh';
import { PINYIN_FRESH2 } from '../unit/romanize/pinyin-fresh2';
import { PINYIN_FRESH3 } from '../unit/romanize/pinyin-fresh3';
import { RR_FRESH } from '../unit/romanize/rr-fresh';
import { RR_FRESH2 } from '../unit/romanize/rr-fresh2';
import { RR_FRESH3 } from '../unit/romanize/rr-fresh3';

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

const korean = (c: (typeof RR_FRESH)[number]) => romanizeKorean(c.input, { mode: c.mode, hyphenate: c.hyphenate });
const chinese = (c: (typeof PINYIN_FRESH)[number]) => romanizeChinese(c.input, c.mode);
report('Korean RR, second set', RR_FRESH, korean);
report('Pinyin, second set', PINYIN_FRESH, chinese);
report('Korean RR, third set', RR_FRESH2, korean);
report('Pinyin, third set', PINYIN_FRESH2, chinese);
report('Korean RR, fourth set', RR_FRESH3, korean);
report('Pinyin, fourth set', PINYIN_FRESH3, chinese);
