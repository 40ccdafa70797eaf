import { compoundBoundaries, listedPlaceName } from './korean-exceptions';
import { romanizeSyllables } from './korean-pronunciation';

// Revised Romanization of Korean (국어의 로마자 표기법, 문화체육관광부 고시 제2014-42호).
// korean-pronunciation.ts applies the standard pronunciation's sound changes inside a word
// and writes RR letters; this module adds what the rule text asks beyond one word: the ㅎ
// rule for nouns (제3장 제1항 4 다만), optional hyphens (2항), capitals (3항), personal names
// (4항) and administrative units (5항). What Hangul cannot tell (compounds, place names whose
// last syllable only looks like a unit) is data: content/romanization/korean-exceptions.json.

export type KoreanMode = 'word' | 'place' | 'name';
export type KoreanOptions = {
  mode?: KoreanMode;
  /** name: hyphen between the given name's syllables (Min Yong-ha); else hyphens where
   *  syllables could be misread (Jung-ang, Ban-gudae, Se-un). */
  hyphenate?: boolean;
};

const SYLLABLE = /[가-힣]/;
const HANGUL_RUN = /[가-힣]+/g;

// In word mode ㄱ ㄷ ㅂ + ㅎ is written as one aspirate only where a verb or adjective
// suffix follows (잡혀 japyeo, 굳히다 guchida, 착하다 chakada); otherwise the word is taken
// for a noun and the ㅎ is written (북한 bukhan, 각하 gakha). Hangul cannot always tell: 착한
// (adjective) and 북한 (noun) end alike, and the noun reading is kept for them.
const VERBAL_H = new Set(['히', '혀', '혔', '힌', '힐', '힘', '힙']);
const HA = new Set(['하', '해', '했', '합']);
const VERB_ENDINGS = new Set([
  '다',
  '고',
  '게',
  '지',
  '여',
  '면',
  '며',
  '는',
  '니',
  '세',
  '시',
  '서',
  '요',
  '였',
  '던',
]);

function nounKeepsH(word: string, i: number): boolean {
  const h = word[i]!;
  if (VERBAL_H.has(h)) return false;
  return !(HA.has(h) && VERB_ENDINGS.has(word[i + 1] ?? ''));
}

/** One run of Hangul syllables, romanized with the sound changes inside it. */
function romanizeRun(word: string, mode: KoreanMode, hyphenate: boolean): string {
  return romanizeSyllables(word, {
    boundaries: compoundBoundaries(word, mode === 'place'),
    keepsH: mode === 'word' ? (i) => nounKeepsH(word, i) : () => true,
    hyphenate,
  });
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
// A one-syllable name and 구 면 리 동 are a name and its unit (중구 Jung-gu, 북면 Buk-myeon,
// 학리 Hak-ri, 필동 Pil-dong): the districts, townships, villages and neighbourhoods named so are
// many. The two-syllable names that only end in a unit's syllable (the cities and counties 대구
// Daegu, 안동 Andong, 구리 Guri; stations such as 오리 Ori) are data. Before 시 군 읍 가 a
// one-syllable name is taken for part of a longer one.
const UNITS = new Set(['시', '군', '구', '읍', '면', '리', '동', '가']);
const UNITS_AFTER_ONE_SYLLABLE = new Set(['구', '면', '리', '동']);
// The provinces of both Koreas: the eight of Joseon (황해도 Hwanghae-do, 평안도, 함경도 …),
// any of them split into North and South (충청북도, 평안남도, 황해북도), 제주, and North
// Korea's 자강 and 양강.
const PROVINCES = /^(?:.+[북남]|경기|충청|전라|경상|강원|황해|평안|함경|제주|자강|양강)$/;

function splitUnit(word: string): { stem: string; number: string; unit: string } | null {
  const match = /^([가-힣]*?)(\d*)([가-힣])$/.exec(word);
  if (!match) return null;
  const [, stem = '', number = '', unit = ''] = match;
  if (number) return UNITS.has(unit) ? { stem, number, unit } : null;
  const listed = listedPlaceName(word);
  if (listed)
    return listed.unitAt === null
      ? null
      : { stem: word.slice(0, listed.unitAt), number, unit: word.slice(listed.unitAt) };
  if (unit === '도') return PROVINCES.test(stem) ? { stem, number, unit } : null;
  const named = stem.length >= 2 ? UNITS.has(unit) : stem.length === 1 && UNITS_AFTER_ONE_SYLLABLE.has(unit);
  return named ? { stem, number, unit } : null;
}

function romanizePlaceWord(word: string, hyphenate: boolean): string {
  const split = splitUnit(word);
  if (!split) return capitalize(romanizeWithDigits(word, 'place', hyphenate));
  const { stem, number, unit } = split;
  const unitLatin = romanizeRun(unit, 'place', false);
  const numberPart = number ? `${number}(${romanizeRun(sinoKorean(Number(number)), 'word', false)})-` : '-';
  const stemLatin = stem ? capitalize(romanizeRun(stem, 'place', hyphenate)) : '';
  return [stemLatin, `${numberPart}${unitLatin}`].filter(Boolean).join(number && stem ? ' ' : '');
}

function romanizeWithDigits(token: string, mode: KoreanMode, hyphenate: boolean): string {
  return token.replace(HANGUL_RUN, (run) => romanizeRun(run, mode, hyphenate));
}

// 4항 (2): family names have their own spellings, set apart from the given name. These
// two-syllable family names are recognised when a name is written without a space.
// 을지 is Goguryeo's (을지문덕 Eulji Mundeok); no family name 을 is in use to be confused with it.
const TWO_SYLLABLE_FAMILY_NAMES = ['남궁', '독고', '동방', '사공', '서문', '선우', '을지', '제갈', '황보'];

export function splitKoreanName(name: string): { family: string; given: string } {
  const parts = name.trim().split(/\s+/);
  if (parts.length >= 2) return { family: parts[0]!, given: parts.slice(1).join('') };
  const whole = parts[0] ?? '';
  const familyLength = whole.length >= 3 && TWO_SYLLABLE_FAMILY_NAMES.some((f) => whole.startsWith(f)) ? 2 : 1;
  return { family: whole.slice(0, familyLength), given: whole.slice(familyLength) };
}

/** 4항: family name, a space, then the given name with no sound change between its syllables. */
function romanizeName(name: string, hyphenate: boolean): string {
  const { family, given } = splitKoreanName(name);
  const familyLatin = capitalize(romanizeRun(family, 'name', false));
  if (!given) return familyLatin;
  const syllables = [...given].map((s) => (SYLLABLE.test(s) ? romanizeRun(s, 'name', false) : s));
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
