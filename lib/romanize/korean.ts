import { romanize as esRomanize } from 'es-hangul';
import Hangul from 'hangul-js';

// Revised Romanization of Korean (문화관광부 고시 2000-8, as revised in 2014).
// es-hangul computes the standard pronunciation and romanizes it (liaison, nasalization,
// lateralization, aspiration, palatalization, tensification left unwritten); this module
// adds what the rule text asks beyond one word: the ㅎ rule for nouns (3장 1항 4), optional
// hyphens (2항), personal names (4항), administrative units (5항) and capitals (3항).
// hangul-js is the jamo layer: it tells initials and finals apart.

export type KoreanMode = 'word' | 'place' | 'name';
export type KoreanOptions = {
  mode?: KoreanMode;
  /** name: hyphen between the given name's syllables (Min Yong-ha); else hyphens where
   *  syllables could be misread (Jung-ang, Ban-gudae, Se-un). */
  hyphenate?: boolean;
};

const SYLLABLE = /[가-힣]/;
const HANGUL_RUN = /[가-힣]+/g;

type Jamo = { initial: string; medial: string; final: string };

function jamo(syllable: string): Jamo {
  const parts = Hangul.disassemble(syllable, true)[0] ?? [];
  const [initial = '', ...rest] = parts;
  // hangul-js splits compound vowels and finals into their letters; the first vowel letter
  // ends the initial, and a final is whatever follows the vowel letters.
  const vowels = rest.filter((c) => Hangul.isVowel(c));
  const finals = rest.slice(vowels.length);
  return { initial, medial: vowels.join(''), final: finals.join('') };
}


// Verb and adjective endings after which ㄱ/ㄷ/ㅂ + ㅎ is written aspirated (잡혀 japyeo,
// 굳히다 guchida); in nouns the rule writes ㅎ (묵호 Mukho, 집현전 Jiphyeonjeon).
const VERBAL_H = new Set(['히', '혀', '혔', '힌', '힐', '힙', '힘']);

/** Indices i where the word is cut before syllable i and the parts romanized apart. */
function cuts(word: string, mode: KoreanMode, hyphenate: boolean): { at: number; hyphen: boolean }[] {
  const out: { at: number; hyphen: boolean }[] = [];
  for (let i = 1; i < word.length; i++) {
    const before = jamo(word[i - 1]!);
    const after = jamo(word[i]!);
    if (
      ['ㄱ', 'ㄷ', 'ㅂ'].includes(before.final) &&
      after.initial === 'ㅎ' &&
      (mode !== 'word' || !VERBAL_H.has(word[i]!))
    ) {
      out.push({ at: i, hyphen: false });
    } else if (
      hyphenate &&
      ((after.initial === 'ㅇ' && (before.final === '' || before.final === 'ㅇ')) ||
        (before.final === 'ㄴ' && after.initial === 'ㄱ'))
    ) {
      out.push({ at: i, hyphen: true });
    }
  }
  return out;
}

/** One run of Hangul syllables, romanized with the sound changes inside it. */
function romanizeRun(word: string, mode: KoreanMode, hyphenate: boolean): string {
  let result = '';
  let start = 0;
  for (const cut of [...cuts(word, mode, hyphenate), { at: word.length, hyphen: false }]) {
    result += esRomanize(word.slice(start, cut.at)) + (cut.hyphen ? '-' : '');
    start = cut.at;
  }
  return result;
}

const capitalize = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

const DIGITS = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];

/** Sino-Korean reading of a whole number as Hangul (12 → 십이), for 봉천1동 Bongcheon 1(il)-dong. */
function sinoKorean(n: number): string {
  if (n === 0) return '영';
  const units = ['', '십', '백', '천'];
  const digits = String(n).split('').map(Number).reverse();
  if (digits.length > 4) return String(n);
  return digits
    .map((d, i) => (d === 0 ? '' : (d === 1 && i > 0 ? '' : (DIGITS[d] ?? '')) + (units[i] ?? '')))
    .reverse()
    .join('');
}

// 5항: administrative units take a hyphen and no sound change across it. 도 is a unit for
// provinces only (제주도 Jeju-do); islands are written whole (독도 Dokdo, 울릉도 Ulleungdo).
const UNITS = new Set(['시', '군', '구', '읍', '면', '리', '동', '가']);
const PROVINCES = /^(?:.+[북남]|경기|강원|제주)$/;
const ONE_SYLLABLE_DISTRICTS = /^[중동서남북]$/; // 중구 Jung-gu; but 대구 Daegu, 영동 Yeongdong
// Names whose last syllable looks like a unit but is part of the name (the rule text's own
// 왕십리 Wangsimni): Hangul alone cannot tell them apart.
const WHOLE_NAMES = new Set(['왕십리', '청량리', '미아리', '수유리', '망우리', '구리']);

function splitUnit(word: string): { stem: string; number: string; unit: string } | null {
  const match = /^([가-힣]*?)(\d*)([가-힣])$/.exec(word);
  if (!match || WHOLE_NAMES.has(word)) return null;
  const [, stem = '', number = '', unit = ''] = match;
  if (unit === '도') return !number && PROVINCES.test(stem) ? { stem, number, unit } : null;
  if (!UNITS.has(unit)) return null;
  if (number) return { stem, number, unit };
  if (stem.length >= 2 || (unit === '구' && ONE_SYLLABLE_DISTRICTS.test(stem))) return { stem, number, unit };
  return null;
}

function romanizePlaceWord(word: string, hyphenate: boolean): string {
  const split = splitUnit(word);
  if (!split) {
    // 신문로 Sinmunno: ㄴ before the road suffix 로 is read [ㄴ] (표준 발음법 20항 다만).
    if (word.length >= 3 && word.endsWith('로') && jamo(word.at(-2)!).final === 'ㄴ') {
      return capitalize(romanizeRun(word.slice(0, -1), 'place', hyphenate) + 'no');
    }
    return capitalize(romanizeWithDigits(word, 'place', hyphenate));
  }
  const { stem, number, unit } = split;
  const unitLatin = esRomanize(unit);
  const numberPart = number ? `${number}(${esRomanize(sinoKorean(Number(number)))})-` : '-';
  const stemLatin = stem ? capitalize(romanizeRun(stem, 'place', hyphenate)) : '';
  return [stemLatin, `${numberPart}${unitLatin}`].filter(Boolean).join(number && stem ? ' ' : '');
}

function romanizeWithDigits(token: string, mode: KoreanMode, hyphenate: boolean): string {
  return token.replace(HANGUL_RUN, (run) => romanizeRun(run, mode, hyphenate));
}

// 4항 (2): family names have their own spellings, set apart from the given name. These
// two-syllable family names are recognised when a name is written without a space.
const TWO_SYLLABLE_FAMILY_NAMES = ['남궁', '독고', '동방', '사공', '서문', '선우', '제갈', '황보'];

export function splitKoreanName(name: string): { family: string; given: string } {
  const parts = name.trim().split(/\s+/);
  if (parts.length >= 2) return { family: parts[0]!, given: parts.slice(1).join('') };
  const whole = parts[0] ?? '';
  const familyLength =
    whole.length >= 3 && TWO_SYLLABLE_FAMILY_NAMES.some((f) => whole.startsWith(f)) ? 2 : 1;
  return { family: whole.slice(0, familyLength), given: whole.slice(familyLength) };
}

/** 4항: family name, a space, then the given name with no sound change between its syllables. */
function romanizeName(name: string, hyphenate: boolean): string {
  const { family, given } = splitKoreanName(name);
  const familyLatin = capitalize(romanizeRun(family, 'name', false));
  if (!given) return familyLatin;
  const syllables = [...given].map((s) => (SYLLABLE.test(s) ? esRomanize(s) : s));
  return `${familyLatin} ${capitalize(syllables.join(hyphenate ? '-' : ''))}`;
}

/**
 * Romanizes the Hangul in `text`; everything else (Latin, digits, punctuation, lone jamo,
 * emoji) passes through unchanged. Words are the runs between spaces.
 */
export function romanizeKorean(text: string, options: KoreanOptions = {}): string {
  const { mode = 'word', hyphenate = false } = options;
  if (!SYLLABLE.test(text)) return text;
  if (mode === 'name' && /^[가-힣]+(?:\s+[가-힣]+)?$/.test(text.trim())) {
    return romanizeName(text.trim(), hyphenate);
  }
  return text.replace(/[가-힣\d]*[가-힣][가-힣\d]*/g, (word) =>
    mode === 'place'
      ? romanizePlaceWord(word, hyphenate)
      : mode === 'name'
        ? capitalize(romanizeWithDigits(word, 'name', hyphenate))
        : romanizeWithDigits(word, 'word', hyphenate),
  );
}

