import { KoreanExceptions } from '../content/romanization';
import data from '../../content/romanization/korean-exceptions.json';
import { toSyllable, type Boundary } from './korean-pronunciation';

// The exceptions data (content/romanization/korean-exceptions.json), parsed once and indexed
// for the romanizer: compounds by their first syllable, place names by their Hangul.

const exceptions = KoreanExceptions.parse(data);

type Compound = { text: string; cuts: number[]; addsN: boolean };

/** Compounds by first syllable, longest first, so that the longest listed word wins. */
const compoundsByFirst = new Map<string, Compound[]>();
for (const { word, addsN = true } of exceptions.compounds) {
  const parts = word.split('+');
  const cuts: number[] = [];
  let at = 0;
  for (const part of parts.slice(0, -1)) cuts.push((at += part.length));
  const text = parts.join('');
  const list = compoundsByFirst.get(text[0]!) ?? [];
  list.push({ text, cuts, addsN });
  list.sort((a, b) => b.text.length - a.text.length);
  compoundsByFirst.set(text[0]!, list);
}

const morphemeStarts = new Set(exceptions.morphemeStarts.map((m) => m.syllable));
const saisiotSyllables = new Set(exceptions.saisiotSyllables.map((m) => m.syllable));

// 표준 발음법 제29항 [붙임 1] in number words: the tens (열 스물 서른 …) and 여섯 or 여덟 are two
// words, and an ㄴ is added between them, read ㄹ after ㄹ (표준국어대사전 열여섯 [열려섣], 열여덟
// [열려덜], 스물여섯 [스물려섣], 서른여섯 [서른녀섣]). Not before 일곱: the sixth blind set's 열일곱
// [열릴곱] and a second reader's [여릴곱] disagree, and no source here settles it.
const TENS_BEFORE_SIX_OR_EIGHT = /(?:열|스물|서른|마흔|쉰|예순|일흔|여든|아흔)(?=여섯|여덟)/g;

/**
 * The morpheme boundaries inside `word` (Hangul only) that change its pronunciation: those
 * of a listed compound it begins with, one before a syllable that always starts a morpheme
 * (잎) and after one that always ends with 사이시옷 (윗), one between the tens and 여섯 or 여덟,
 * and one before a Sino-Korean suffix after ㄴ.
 */
export function compoundBoundaries(word: string, isPlaceName: boolean): Map<number, Boundary> {
  const out = new Map<number, Boundary>();
  // Only at the start of a word, where a compound noun stands before its particles
  // (서울역에서): inside a word a listed pair of syllables is too often something else
  // (들일 field work, but 받아들일 will accept).
  const match = compoundsByFirst.get(word[0] ?? '')?.find((c) => word.startsWith(c.text));
  if (match) for (const cut of match.cuts) out.set(cut, { addsN: match.addsN });
  for (let at = 1; at < word.length; at++) {
    if (morphemeStarts.has(word[at]!) && toSyllable(word[at - 1]!).final) out.set(at, { addsN: true });
    if (saisiotSyllables.has(word[at - 1]!)) out.set(at, { addsN: true });
  }
  for (const tens of word.matchAll(TENS_BEFORE_SIX_OR_EIGHT)) out.set(tens.index + tens[0].length, { addsN: true });
  for (const rule of exceptions.suffixRules) {
    const at = rule.position === 'third' ? 2 : isPlaceName && word.length >= 3 ? word.length - 1 : -1;
    if (
      at > 0 &&
      at < word.length &&
      rule.suffixes.includes(word[at]!) &&
      toSyllable(word[at - 1]!).final === 'ㄴ' &&
      !rule.except.some((e) => word.startsWith(e.word))
    ) {
      out.set(at, { addsN: true });
    }
  }
  return out;
}

/** Place names whose last syllable looks like a unit: where the unit begins, or null where there is none. */
const placeNames = new Map<string, number | null>(
  exceptions.placeNames.map(({ name }) => {
    const at = name.indexOf('-');
    return [name.replace('-', ''), at < 0 ? null : at];
  }),
);
const wholeEndings = exceptions.placeNameEndings.map((e) => e.ending);

/**
 * What the data says of a place name ending in a unit's syllable: `{ unitAt }` (index of the
 * unit, or null when the name has none), or undefined when the data does not list it.
 */
export function listedPlaceName(word: string): { unitAt: number | null } | undefined {
  if (placeNames.has(word)) return { unitAt: placeNames.get(word)! };
  if (wholeEndings.some((ending) => word.endsWith(ending))) return { unitAt: null };
  return undefined;
}
