import { z } from 'zod';

// What the Korean romanizer (lib/romanize/korean.ts) cannot read from Hangul alone: where a
// word is a compound (표준 발음법 제15항, 제20항 다만, 제29항, 제30항 3), and whether a place
// name's last syllable is an administrative unit (국어의 로마자 표기법 제3장 제5항).
// The data is content/romanization/korean-exceptions.json; every entry says where it comes from.

const Source = z
  .string()
  .trim()
  .min(1, 'say where this comes from: the rule and clause, a dictionary entry or an official sign');

const Syllables = z.string().regex(/^[가-힣]+$/, 'must be Hangul syllables, without spaces');

/** A word with `+` at each morpheme boundary whose pronunciation the boundary decides (학+여울). */
const MarkedWord = z
  .string()
  .regex(/^[가-힣]+(?:\+[가-힣]+)+$/, 'must be Hangul with + at each morpheme boundary, like 학+여울');

/** A place name, with `-` before its last syllable when that syllable is a unit (목-동), without when not (왕십리). */
const PlaceName = z
  .string()
  .regex(/^[가-힣]+(?:-[가-힣])?$/, 'must be Hangul, with - before a one-syllable unit (목-동) or none (왕십리)');

export const KoreanExceptions = z
  .strictObject({
    /**
     * Compounds. At a `+` a final consonant is read as its representative sound and carried
     * over to a vowel (겉+옷 [거돋], 제15항); before 이 야 여 요 유 an ㄴ is added, read ㄹ
     * after ㄹ (솜+이불 [솜니불], 알+약 [알략], 제29항); ㄴ+ㄹ is read [ㄴㄴ] (제20항 다만).
     * A listed word also counts at the start of a longer one (서울역에서, 설+익 in 설익다).
     * `addsN: false`: the dictionary adds no ㄴ at this word's boundaries, so 제15항 alone
     * applies (첫+인상 [처딘상]); the ㄴ of 제29항 is not added in every compound.
     */
    compounds: z.array(z.strictObject({ word: MarkedWord, addsN: z.literal(false).optional(), source: Source })),
    /**
     * Syllables that are always a morpheme of their own (잎, leaf): after a final consonant
     * a compound's boundary falls before them wherever they stand (풀잎 [풀립], 가랑잎 [가랑닙]).
     */
    morphemeStarts: z.array(
      z.strictObject({ syllable: z.string().regex(/^[가-힣]$/, 'must be one Hangul syllable'), source: Source }),
    ),
    /**
     * Syllables that are always a noun and its 사이시옷 (윗, 뒷): a compound's boundary falls
     * after them wherever they stand, so an ㄴ is added before 이 야 여 요 유 and the ㅅ read
     * [ㄴ] (윗입술 [윈닙쑬], 제30항 3), and before other vowels it is carried over as [ㄷ] (윗옷
     * [위돋], 제15항).
     */
    saisiotSyllables: z.array(
      z.strictObject({ syllable: z.string().regex(/^[가-힣]$/, 'must be one Hangul syllable'), source: Source }),
    ),
    /**
     * One-syllable Sino-Korean suffixes (란 량 력 …) after a stem ending in ㄴ: ㄴ+ㄹ is read
     * [ㄴㄴ] (의견란 [의견난], 제20항 다만), except in the listed words, read [ㄹㄹ]
     * (대관령 [대괄령]). `third`: the suffix is a word's third syllable, after a two-syllable
     * stem (a longer word may be cut elsewhere: 국가+권력 [국까궐력]); `place-name-end`: the
     * last syllable of a place name of three or more (신문+로 Sinmunno, 청계천+로).
     */
    suffixRules: z.array(
      z.strictObject({
        suffixes: z.array(z.string().regex(/^[가-힣]$/, 'must be one Hangul syllable')).min(1),
        position: z.enum(['third', 'place-name-end']),
        except: z.array(z.strictObject({ word: Syllables, source: Source })),
        source: Source,
      }),
    ),
    /**
     * Place names whose last syllable could be taken for a unit: with `-` where it is one
     * (목-동 Mok-dong), without where it is part of the name (왕십리 Wangsimni).
     */
    placeNames: z.array(z.strictObject({ name: PlaceName, source: Source })),
    /** Endings of place names that end in a unit's syllable but are not units (사거리, 굽은다리). */
    placeNameEndings: z.array(z.strictObject({ ending: Syllables, source: Source })),
  })
  .superRefine((data, ctx) => {
    const seen = (what: string, list: string[], path: (string | number)[]) => {
      const keys = new Set<string>();
      list.forEach((key, i) => {
        if (keys.has(key))
          ctx.addIssue({ code: 'custom', path: [...path, i], message: `${what} "${key}" is listed twice` });
        keys.add(key);
      });
    };
    seen(
      'compound',
      data.compounds.map((c) => c.word.replaceAll('+', '')),
      ['compounds'],
    );
    seen(
      'place name',
      data.placeNames.map((p) => p.name.replace('-', '')),
      ['placeNames'],
    );
    seen(
      'ending',
      data.placeNameEndings.map((p) => p.ending),
      ['placeNameEndings'],
    );
    seen(
      'syllable',
      data.morphemeStarts.map((m) => m.syllable),
      ['morphemeStarts'],
    );
    seen(
      'syllable',
      data.saisiotSyllables.map((m) => m.syllable),
      ['saisiotSyllables'],
    );
    data.suffixRules.forEach((rule, i) =>
      seen(
        'exception',
        rule.except.map((e) => e.word),
        ['suffixRules', i, 'except'],
      ),
    );
  });
export type KoreanExceptions = z.infer<typeof KoreanExceptions>;
