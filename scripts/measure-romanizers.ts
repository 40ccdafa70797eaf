// Counts how many of the Revised Romanization rule text's examples each approach gets right:
//   1. hangul-js jamo + the RR letter tables, letter by letter (what hangul-js alone gives),
//   2. es-hangul's romanize() (standard pronunciation, then letters),
//   3. lib/romanize/korean.ts (es-hangul + hangul-js + the rule text's modes).
// Run: npx tsx scripts/measure-romanizers.ts
import { romanize as esRomanize } from 'es-hangul';
import Hangul from 'hangul-js';
import { romanizeKorean, type KoreanMode } from '../lib/romanize/korean';
import { RULE_EXAMPLES as R } from '../tests/unit/romanize/rr-examples';

const INITIAL: Record<string, string> = {
  ㄱ: 'g', ㄲ: 'kk', ㄴ: 'n', ㄷ: 'd', ㄸ: 'tt', ㄹ: 'r', ㅁ: 'm', ㅂ: 'b', ㅃ: 'pp', ㅅ: 's', ㅆ: 'ss',
  ㅇ: '', ㅈ: 'j', ㅉ: 'jj', ㅊ: 'ch', ㅋ: 'k', ㅌ: 't', ㅍ: 'p', ㅎ: 'h',
};
const FINAL: Record<string, string> = {
  ㄱ: 'k', ㄲ: 'k', ㅋ: 'k', ㄳ: 'k', ㄺ: 'k', ㄴ: 'n', ㄵ: 'n', ㄶ: 'n', ㄷ: 't', ㅅ: 't', ㅆ: 't', ㅈ: 't',
  ㅊ: 't', ㅌ: 't', ㅎ: 't', ㄹ: 'l', ㄼ: 'l', ㄽ: 'l', ㄾ: 'l', ㅀ: 'l', ㅁ: 'm', ㄻ: 'm', ㅂ: 'p', ㅄ: 'p',
  ㅍ: 'p', ㄿ: 'p', ㅇ: 'ng',
};
const VOWEL: Record<string, string> = {
  ㅏ: 'a', ㅐ: 'ae', ㅑ: 'ya', ㅒ: 'yae', ㅓ: 'eo', ㅔ: 'e', ㅕ: 'yeo', ㅖ: 'ye', ㅗ: 'o', ㅘ: 'wa', ㅙ: 'wae',
  ㅚ: 'oe', ㅛ: 'yo', ㅜ: 'u', ㅝ: 'wo', ㅞ: 'we', ㅟ: 'wi', ㅠ: 'yu', ㅡ: 'eu', ㅢ: 'ui', ㅣ: 'i',
};

function letterByLetter(word: string): string {
  return [...word]
    .map((syllable) => {
      if (!/[가-힣]/.test(syllable)) return syllable;
      const code = syllable.charCodeAt(0) - 0xac00;
      const initial = String.fromCharCode([0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141, 0x3142, 0x3143, 0x3145, 0x3146, 0x3147, 0x3148, 0x3149, 0x314a, 0x314b, 0x314c, 0x314d, 0x314e][Math.floor(code / 588)]!);
      const groups = Hangul.disassemble(syllable, true)[0]!;
      const vowelLetters = groups.slice(1).filter((c) => Hangul.isVowel(c)).join('');
      const vowel = Object.keys(VOWEL).find((v) => Hangul.disassemble(v).join('') === vowelLetters)!;
      const finalIndex = code % 28;
      const final = finalIndex ? 'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'[finalIndex - 1]! : '';
      return (INITIAL[initial] ?? '') + VOWEL[vowel] + (final ? FINAL[final] : '');
    })
    .join('');
}

type Example = { hangul: string; expected: string; mode: KoreanMode; hyphenate?: boolean };
const examples: Example[] = [
  ...[...R.assimilation, ...R.addedSounds, ...R.palatalization, ...R.aspiration, ...R.nounH,
    ...R.tensificationUnwritten, ...R.letters, ...R.capitals].map(([hangul, expected]) => ({
    hangul, expected, mode: (/^\p{Lu}/u.test(expected) ? 'place' : 'word') as KoreanMode,
  })),
  ...R.hyphen.map(([hangul, expected]) => ({ hangul, expected, mode: 'place' as const, hyphenate: true })),
  ...R.names.map(([hangul, expected]) => ({ hangul, expected, mode: 'name' as const })),
  ...R.places.map(([hangul, expected]) => ({ hangul, expected, mode: 'place' as const })),
  ...R.features.map(([hangul, expected]) => ({ hangul, expected, mode: 'place' as const })),
];

// The two libraries do not capitalise or space names: compare them case-blind, ours exactly.
const approaches = {
  'hangul-js + RR letter table': (e: Example) => letterByLetter(e.hangul).toLowerCase() === e.expected.toLowerCase(),
  'es-hangul romanize()': (e: Example) => esRomanize(e.hangul).toLowerCase() === e.expected.toLowerCase(),
  'lib/romanize/korean.ts': (e: Example) =>
    romanizeKorean(e.hangul, { mode: e.mode, hyphenate: e.hyphenate }) === e.expected,
};

console.log(`| approach | rule-text examples right (of ${examples.length}) |\n| --- | --- |`);
for (const [name, right] of Object.entries(approaches)) {
  console.log(`| ${name} | ${examples.filter(right).length} |`);
}
