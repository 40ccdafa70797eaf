// npm run measure:fresh [-- --failures]: the romanizers on the fresh held-out sets, written by
// authors who neither read nor ran the romanizers (tests/unit/romanize/sets/): the second sets
// (rr-fresh.json, pinyin-fresh.json), whose failures were then fixed, and the third (rr-fresh2.json,
// pinyin-fresh2.json), measured once at the end and then worked on, and the fourth (rr-fresh3.json,
// pinyin-fresh3.json), measured once after the place-name rule, and the fifth (rr-fresh4.json,
// pinyin-fresh4.json), measured once after the CC-CEDICT idiom rule, and the sixth (rr-fresh5.json,
// pinyin-fresh5.json), measured once after the particle 地 and idiom rules, and the seventh
// (rr-fresh6.json, pinyin-fresh6.json), measured once after that set's rules and their second reading,
// and the eighth (rr-fresh7.json, pinyin-fresh7.json), measured once after the seventh's. Reports the score by mode and lists the
// failures on request.
import { romanizeChinese } from '../../lib/romanize/chinese';
import { romanizeKorean } from '../../lib/romanize/korean';
import {
  PINYIN_FRESH,
  PINYIN_FRESH2,
  PINYIN_FRESH3,
  PINYIN_FRESH4,
  PINYIN_FRESH5,
  PINYIN_FRESH6,
  PINYIN_FRESH7,
  RR_FRESH,
  RR_FRESH2,
  RR_FRESH3,
  RR_FRESH4,
  RR_FRESH5,
  RR_FRESH6,
  RR_FRESH7,
  type PinyinFreshCase,
  type RrFreshCase,
} from '../unit/romanize/case-sets';

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
report('Korean RR, second set', RR_FRESH, korean);
report('Pinyin, second set', PINYIN_FRESH, chinese);
report('Korean RR, third set', RR_FRESH2, korean);
report('Pinyin, third set', PINYIN_FRESH2, chinese);
report('Korean RR, fourth set', RR_FRESH3, korean);
report('Pinyin, fourth set', PINYIN_FRESH3, chinese);
report('Korean RR, fifth set', RR_FRESH4, korean);
report('Pinyin, fifth set', PINYIN_FRESH4, chinese);
report('Korean RR, sixth set', RR_FRESH5, korean);
report('Pinyin, sixth set', PINYIN_FRESH5, chinese);
report('Korean RR, seventh set', RR_FRESH6, korean);
report('Pinyin, seventh set', PINYIN_FRESH6, chinese);
report('Korean RR, eighth set', RR_FRESH7, korean);
report('Pinyin, eighth set', PINYIN_FRESH7, chinese);
