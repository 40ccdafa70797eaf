// The sound changes of 표준 발음법 that Revised Romanization writes (RR 제3장 제1항), applied
// to one word of Hangul syllables, and the RR letters for the result. Tensification
// (제23–28항) is left out: RR does not write it. What Hangul alone cannot tell (where a
// compound's parts meet, whether a noun or a verb ending follows) comes in as arguments.
//
// A syllable is held as jamo: an initial (ㅇ when silent), a vowel index in Unicode order and
// a final (one compatibility jamo, ㄳ ㄺ … included, '' for none).

type Syllable = { initial: string; vowel: number; final: string };

const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const FINALS = ['', ...'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'];
const HANGUL_BASE = 0xac00;

const INITIAL_LATIN: Record<string, string> = {
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
const VOWEL_LATIN = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
];
// After the rules every final is one of the seven that 제8항 allows.
const FINAL_LATIN: Record<string, string> = { '': '', ㄱ: 'k', ㄴ: 'n', ㄷ: 't', ㄹ: 'l', ㅁ: 'm', ㅂ: 'p', ㅇ: 'ng' };

const VOWEL_I = 20;
/** ㅣ and the y-diphthongs (ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ): the vowels before which 제29항 adds ㄴ. */
const I_OR_Y = new Set([2, 3, 6, 7, 12, 17, VOWEL_I]);

export function toSyllable(ch: string): Syllable {
  const code = ch.charCodeAt(0) - HANGUL_BASE;
  return {
    initial: INITIALS[Math.floor(code / 588)]!,
    vowel: Math.floor((code % 588) / 28),
    final: FINALS[code % 28]!,
  };
}

/** 제9–11항: the sound a final has before a consonant or at the end of a word. */
const REPRESENTATIVE: Record<string, string> = {
  ㄱ: 'ㄱ',
  ㄲ: 'ㄱ',
  ㅋ: 'ㄱ',
  ㄳ: 'ㄱ',
  ㄺ: 'ㄱ',
  ㄴ: 'ㄴ',
  ㄵ: 'ㄴ',
  ㄶ: 'ㄴ',
  ㄷ: 'ㄷ',
  ㅅ: 'ㄷ',
  ㅆ: 'ㄷ',
  ㅈ: 'ㄷ',
  ㅊ: 'ㄷ',
  ㅌ: 'ㄷ',
  ㅎ: 'ㄷ',
  ㄹ: 'ㄹ',
  ㄼ: 'ㄹ',
  ㄽ: 'ㄹ',
  ㄾ: 'ㄹ',
  ㅀ: 'ㄹ',
  ㅁ: 'ㅁ',
  ㄻ: 'ㅁ',
  ㅂ: 'ㅂ',
  ㅍ: 'ㅂ',
  ㄿ: 'ㅂ',
  ㅄ: 'ㅂ',
  ㅇ: 'ㅇ',
};

/**
 * The RR letter table syllable by syllable, with no sound change between syllables (each final
 * as it sounds at the end of a word): the baseline the measurements compare the engine with.
 */
export function romanizeLetters(word: string): string {
  return [...word]
    .map((ch) => {
      if (!/[가-힣]/.test(ch)) return ch;
      const { initial, vowel, final } = toSyllable(ch);
      return INITIAL_LATIN[initial]! + VOWEL_LATIN[vowel]! + FINAL_LATIN[REPRESENTATIVE[final] ?? '']!;
    })
    .join('');
}

/** 제14항: a double final keeps its first letter and carries the second over to a vowel. */
const SPLIT: Record<string, [string, string]> = {
  ㄳ: ['ㄱ', 'ㅅ'],
  ㄵ: ['ㄴ', 'ㅈ'],
  ㄺ: ['ㄹ', 'ㄱ'],
  ㄻ: ['ㄹ', 'ㅁ'],
  ㄼ: ['ㄹ', 'ㅂ'],
  ㄽ: ['ㄹ', 'ㅅ'],
  ㄾ: ['ㄹ', 'ㅌ'],
  ㄿ: ['ㄹ', 'ㅍ'],
  ㅄ: ['ㅂ', 'ㅅ'],
};

/** 제12항 1: ㅎ (ㄶ ㅀ) followed by ㄱ ㄷ ㅈ gives ㅋ ㅌ ㅊ. */
const ASPIRATED: Record<string, string> = { ㄱ: 'ㅋ', ㄷ: 'ㅌ', ㅈ: 'ㅊ' };
const H_FINALS: Record<string, string> = { ㅎ: '', ㄶ: 'ㄴ', ㅀ: 'ㄹ' };

/**
 * 제12항 [붙임 1·2]: a final followed by ㅎ merges with it. [what stays as the final, the
 * aspirate that begins the next syllable].
 */
const BEFORE_H: Record<string, [string, string]> = {
  ㄱ: ['', 'ㅋ'],
  ㄲ: ['', 'ㅋ'],
  ㅋ: ['', 'ㅋ'],
  ㄳ: ['', 'ㅋ'],
  ㄺ: ['ㄹ', 'ㅋ'],
  ㄷ: ['', 'ㅌ'],
  ㅅ: ['', 'ㅌ'],
  ㅆ: ['', 'ㅌ'],
  ㅊ: ['', 'ㅌ'],
  ㅌ: ['', 'ㅌ'],
  ㅈ: ['', 'ㅊ'],
  ㄵ: ['ㄴ', 'ㅊ'],
  ㅂ: ['', 'ㅍ'],
  ㅍ: ['', 'ㅍ'],
  ㄿ: ['', 'ㅍ'],
  ㅄ: ['', 'ㅍ'],
  ㄼ: ['ㄹ', 'ㅍ'],
};

/** 제18항: ㄱ ㄷ ㅂ before ㄴ ㅁ are read ㅇ ㄴ ㅁ. */
const NASAL: Record<string, string> = { ㄱ: 'ㅇ', ㄷ: 'ㄴ', ㅂ: 'ㅁ' };

// 제11항 다만: ㄺ is read ㄹ before ㄱ only at the end of a verb stem (맑게 [말께]); these are
// the nouns that end in it (흙과 [흑꽈]).
const LG_NOUNS = new Set(['닭', '흙', '칡', '삵']);

/** The final as read before a consonant (제9–11항 and their 다만). */
function finalBeforeConsonant(word: string, i: number, final: string, next: Syllable): string {
  const syllable = word[i]!;
  // 제10항 다만: 밟- is read [밥] before a consonant; 넓- is [넙] in 넓죽하다, 넓둥글다, and in
  // 넓적하다 (표준국어대사전 [넙쩌카다], 넓적다리 [넙쩍따리]).
  if (syllable === '밟' || (syllable === '넓' && ['죽', '둥', '적'].includes(word[i + 1] ?? ''))) return 'ㅂ';
  if (final === 'ㄺ' && next.initial === 'ㄱ' && !LG_NOUNS.has(syllable)) return 'ㄹ';
  return REPRESENTATIVE[final] ?? final;
}

// 제16항: the names of ㄷ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ carry over, before a vowel, not their last letter
// but the sound given here (디귿이 [디그시], 키읔이 [키으기], 피읖에 [피으베]); the other
// names follow 제13항 (기역이 [기여기], 시옷이 [시오시]).
const LETTER_NAMES: Record<string, string> = {
  디귿: 'ㅅ',
  지읒: 'ㅅ',
  치읓: 'ㅅ',
  키읔: 'ㄱ',
  티읕: 'ㅅ',
  피읖: 'ㅂ',
  히읗: 'ㅅ',
};

/** A compound's boundary: whether ㄴ is added there before 이 야 여 요 유 (제29항). */
export type Boundary = { addsN: boolean };

export type WordContext = {
  /** Morpheme boundaries by the index i of the syllable they fall before (from the exceptions data). */
  boundaries: ReadonlyMap<number, Boundary>;
  /** Whether ㄱ ㄷ ㅂ + ㅎ before syllable i is in a noun, where RR writes the ㅎ (묵호 Mukho). */
  keepsH: (i: number) => boolean;
  /** Hyphens where syllables could be misread (RR 제3장 제2항: Jung-ang, Ban-gudae). */
  hyphenate: boolean;
};

/** Applies the sound changes to `word` (Hangul syllables only) and writes it in RR letters. */
export function romanizeSyllables(word: string, context: WordContext): string {
  const s = [...word].map(toSyllable);
  for (let i = 0; i + 1 < s.length; i++) {
    const cur = s[i]!;
    const next = s[i + 1]!;
    if (!cur.final) continue;
    const letterName = i > 0 ? LETTER_NAMES[word.slice(i - 1, i + 1)] : undefined;
    if (letterName && next.initial === 'ㅇ') {
      cur.final = '';
      next.initial = letterName;
      continue;
    }
    const boundary = context.boundaries.get(i + 1);
    const compound = boundary !== undefined;

    if (compound && next.initial === 'ㅇ') {
      // 제15항 and 제29항: across a compound's boundary the final is first read as its
      // representative sound; then before 이 야 여 요 유 an ㄴ is added (ㄹ after ㄹ), unless
      // the dictionary reads none there (첫인상 [처딘상]); otherwise the final is carried over.
      const final = REPRESENTATIVE[cur.final] ?? cur.final;
      if (boundary.addsN && I_OR_Y.has(next.vowel)) {
        cur.final = final;
        next.initial = final === 'ㄹ' ? 'ㄹ' : 'ㄴ';
      } else {
        cur.final = final === 'ㅇ' ? 'ㅇ' : '';
        if (final !== 'ㅇ') next.initial = final;
        continue;
      }
    }

    if (cur.final in H_FINALS) {
      const rest = H_FINALS[cur.final]!;
      const aspirate = ASPIRATED[next.initial];
      if (aspirate) {
        cur.final = rest;
        next.initial = aspirate;
        continue;
      }
      if (next.initial === 'ㅅ') {
        // 제12항 2: ㅎ + ㅅ is read [ㅆ] (닿소 [다쏘], 많소 [만ː쏘], 싫소 [실쏘]). RR writes
        // the ㅎ's loss but not the [ㅆ]: of the ㅎ contractions it writes only ㄱ ㄷ ㅂ ㅈ + ㅎ
        // as aspirates (RR 제3장 제1항 4), and [ㅆ] is a tense sound, which it never writes
        // (제1항 [붙임]: 된소리되기는 표기에 반영하지 않는다). So daso, manso, silso.
        cur.final = rest;
        continue;
      }
      if (next.initial === 'ㅇ') {
        // 제12항 4: ㅎ is not read before a vowel; what is left is carried over.
        cur.final = rest;
        if (rest) {
          next.initial = rest;
          cur.final = '';
        }
        continue;
      }
      // 제12항 3: ㅎ before ㄴ is read [ㄴ]; ㄶ ㅀ drop the ㅎ (뚫는 goes on to [뚤른]).
      cur.final = next.initial === 'ㄴ' && cur.final === 'ㅎ' ? 'ㄴ' : rest || 'ㄷ';
    }

    if (next.initial === 'ㅎ' && cur.final in BEFORE_H) {
      if (context.keepsH(i + 1) && (cur.final === 'ㄱ' || cur.final === 'ㄷ' || cur.final === 'ㅂ')) continue;
      const [rest, aspirate] = BEFORE_H[cur.final]!;
      // 제17항 [붙임]: ㄷ + 히 is read [치] (굳히다 [구치다]).
      next.initial = cur.final === 'ㄷ' && next.vowel === VOWEL_I ? 'ㅊ' : aspirate;
      cur.final = rest;
      continue;
    }

    if (next.initial === 'ㅇ') {
      // 제17항: ㄷ ㅌ (ㄾ) before the vowel ㅣ of a suffix or particle are read ㅈ ㅊ.
      if (next.vowel === VOWEL_I && (cur.final === 'ㄷ' || cur.final === 'ㅌ' || cur.final === 'ㄾ')) {
        next.initial = cur.final === 'ㄷ' ? 'ㅈ' : 'ㅊ';
        cur.final = cur.final === 'ㄾ' ? 'ㄹ' : '';
        continue;
      }
      // 제13–14항: the final (the second letter of a double one) is carried over.
      if (cur.final === 'ㅇ') continue;
      const split = SPLIT[cur.final];
      if (split) [cur.final, next.initial] = split;
      else [cur.final, next.initial] = ['', cur.final];
      continue;
    }

    let final = finalBeforeConsonant(word, i, cur.final, next);
    // 제19항 and [붙임]: ㄹ after a final other than ㄴ ㄹ is read [ㄴ] (담력 [담녁], 백리 [뱅니]).
    if (next.initial === 'ㄹ' && final !== 'ㄴ' && final !== 'ㄹ') next.initial = 'ㄴ';
    // 제20항 다만: at a compound's boundary ㄴ+ㄹ is read [ㄴㄴ] (의견란 [의견난]).
    if (compound && final === 'ㄴ' && next.initial === 'ㄹ') next.initial = 'ㄴ';
    // 제18항: nasalization before ㄴ ㅁ.
    if (next.initial === 'ㄴ' || next.initial === 'ㅁ') final = NASAL[final] ?? final;
    // 제20항: ㄴ next to ㄹ is read [ㄹ].
    if (final === 'ㄴ' && next.initial === 'ㄹ') final = 'ㄹ';
    else if (final === 'ㄹ' && next.initial === 'ㄴ') next.initial = 'ㄹ';
    cur.final = final;
  }

  let out = '';
  s.forEach((syl, i) => {
    const prev = s[i - 1];
    if (prev && context.hyphenate && hyphenBetween(prev, syl)) out += '-';
    // RR 제2장 제2항 [붙임 2]: ㄹㄹ is written ll.
    out += syl.initial === 'ㄹ' && prev?.final === 'ㄹ' ? 'l' : INITIAL_LATIN[syl.initial];
    out += VOWEL_LATIN[syl.vowel];
    // The last syllable's final is read as at the end of a word (제9–11항); the others were
    // settled by the loop.
    out += FINAL_LATIN[i + 1 < s.length ? syl.final : word[i] === '밟' ? 'ㅂ' : (REPRESENTATIVE[syl.final] ?? '')];
  });
  return out;
}

/** RR 제3장 제2항: where two syllables could be read another way (jung-ang, se-un, ban-gu). */
function hyphenBetween(prev: Syllable, next: Syllable): boolean {
  return (
    (next.initial === 'ㅇ' && (prev.final === '' || prev.final === 'ㅇ')) ||
    (prev.final === 'ㄴ' && next.initial === 'ㄱ')
  );
}
