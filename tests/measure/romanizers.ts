// Counts how many cases of the Revised Romanization test set each approach gets right:
//   1. hangul-js jamo + the RR letter tables, letter by letter (what hangul-js alone gives),
//   2. es-hangul's romanize() (its standard pronunciation, then letters),
//   3. lib/romanize/korean.ts (our sound changes, the exceptions data and the rule text's modes).
// The set (tests/unit/romanize/rr-set.ts) is split by a stable hash into a development part
// and a held-out part (about one case in four) that was not looked at while developing.
// Run: npm run measure:rr -- [--failures]
import { romanize as esRomanize } from 'es-hangul';
import Hangul from 'hangul-js';
import { romanizeKorean } from '../../lib/romanize/korean';
import { DEV_CASES, HELD_OUT_CASES, RR_CASES, type RrCase } from '../unit/romanize/rr-set';

const INITIAL: Record<string, string> = {
  ㄱ: 'g',
  ㄲ: 'kk',
  ㄴ: 'n',
  ㄷ: 'd',
  ㄸ: 'tt',
  ㄹ: 'r',
  ㅁ: 'm',
  ㅂ: 'b',
  ㅃ: 'pp',
  ㅅ: 's',
  ㅆ: 'ss',
  ㅇ: '',
  ㅈ: 'j',
  ㅉ: 'jj',
  ㅊ: 'ch',
  ㅋ: 'k',
  ㅌ: 't',
  ㅍ: 'p',
  ㅎ: 'h',
};
const FINAL: Record<string, string> = {
  ㄱ: 'k',
  ㄲ: 'k',
  ㅋ: 'k',
  ㄳ: 'k',
  ㄺ: 'k',
  ㄴ: 'n',
  ㄵ: 'n',
  ㄶ: 'n',
  ㄷ: 't',
  ㅅ: 't',
  ㅆ: 't',
  ㅈ: 't',
  ㅊ: 't',
  ㅌ: 't',
  ㅎ: 't',
  ㄹ: 'l',
  ㄼ: 'l',
  ㄽ: 'l',
  ㄾ: 'l',
  ㅀ: 'l',
  ㅁ: 'm',
  ㄻ: 'm',
  ㅂ: 'p',
  ㅄ: 'p',
  ㅍ: 'p',
  ㄿ: 'p',
  ㅇ: 'ng',
};
const VOWEL: Record<string, string> = {
  ㅏ: 'a',
  ㅐ: 'ae',
  ㅑ: 'ya',
  ㅒ: 'yae',
  ㅓ: 'eo',
  ㅔ: 'e',
  ㅕ: 'yeo',
  ㅖ: 'ye',
  ㅗ: 'o',
  ㅘ: 'wa',
  ㅙ: 'wae',
  ㅚ: 'oe',
  ㅛ: 'yo',
  ㅜ: 'u',
  ㅝ: 'wo',
  ㅞ: 'we',
  ㅟ: 'wi',
  ㅠ: 'yu',
  ㅡ: 'eu',
  ㅢ: 'ui',
  ㅣ: 'i',
};

function letterByLetter(word: string): string {
  return [...word]
    .map((syllable) => {
      if (!/[가-힣]/.test(syllable)) return syllable;
      const code = syllable.charCodeAt(0) - 0xac00;
      const initial = String.fromCharCode(
        [
          0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141, 0x3142, 0x3143, 0x3145, 0x3146, 0x3147, 0x3148,
          0x3149, 0x314a, 0x314b, 0x314c, 0x314d, 0x314e,
        ][Math.floor(code / 588)]!,
      );
      const groups = Hangul.disassemble(syllable, true)[0]!;
      const vowelLetters = groups
        .slice(1)
        .filter((c) => Hangul.isVowel(c))
        .join('');
      const vowel = Object.keys(VOWEL).find((v) => Hangul.disassemble(v).join('') === vowelLetters)!;
      const finalIndex = code % 28;
      const final = finalIndex ? 'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'[finalIndex - 1]! : '';
      return (INITIAL[initial] ?? '') + VOWEL[vowel] + (final ? FINAL[final] : '');
    })
    .join('');
}

const ours = (c: RrCase) => romanizeKorean(c.input, { mode: c.mode, hyphenate: c.hyphenate });

// The two libraries neither capitalise, space names nor hyphenate units: they are compared
// case-blind with spaces and hyphens removed, ours exactly.
const loose = (s: string) => s.toLowerCase().replace(/[\s-]/g, '');
const approaches: Record<string, (c: RrCase) => boolean> = {
  'hangul-js + RR letter table': (c) => loose(letterByLetter(c.input)) === loose(c.expected),
  'es-hangul romanize()': (c) => loose(esRomanize(c.input)) === loose(c.expected),
  'lib/romanize/korean.ts': (c) => ours(c) === c.expected,
};

const pct = (right: number, of: number) => `${((100 * right) / of).toFixed(1)} %`;
const score = (cases: readonly RrCase[], right: (c: RrCase) => boolean) => {
  const n = cases.filter(right).length;
  return `${n}/${cases.length} (${pct(n, cases.length)})`;
};

console.log(
  `Revised Romanization test set: ${RR_CASES.length} cases (development ${DEV_CASES.length}, held out ${HELD_OUT_CASES.length})\n`,
);
console.log('| approach | development | held out | whole set |\n| --- | --- | --- | --- |');
for (const [name, right] of Object.entries(approaches)) {
  console.log(`| ${name} | ${score(DEV_CASES, right)} | ${score(HELD_OUT_CASES, right)} | ${score(RR_CASES, right)} |`);
}

console.log('\n| kind | cases | held out | lib/romanize/korean.ts |\n| --- | --- | --- | --- |');
for (const kind of [...new Set(RR_CASES.map((c) => c.kind))]) {
  const cases = RR_CASES.filter((c) => c.kind === kind);
  const held = HELD_OUT_CASES.filter((c) => c.kind === kind).length;
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
