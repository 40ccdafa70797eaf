import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseContent } from '@/lib/content/parse';
import type { ChineseMode } from '@/lib/romanize/chinese';
import type { KoreanMode } from '@/lib/romanize/korean';

// The romanization test sets are data, one JSON file a set in tests/unit/romanize/sets/: an `about`
// text (who wrote the set, from which authorities, what its authors had seen), then sections of
// cases, each section with the note its authors wrote above it. `expected` is written by hand from
// the rule or the reference `source` names (with a URL where the text was looked up), never copied
// from our output. The tests and tests/measure/*.ts read the sets through this module only.

const KOREAN_MODES = ['word', 'place', 'name'] as const satisfies readonly KoreanMode[];
const CHINESE_MODES = ['word', 'place', 'name', 'proper'] as const satisfies readonly ChineseMode[];

const sourced = { input: z.string().min(1), expected: z.string(), source: z.string() };

/** A case of the Revised Romanization blind sets (rr-fresh*.json), which have no kinds. */
const RrFreshCase = z.strictObject({ ...sourced, mode: z.enum(KOREAN_MODES), hyphenate: z.boolean().optional() });
export type RrFreshCase = z.infer<typeof RrFreshCase>;
const RrCase = RrFreshCase.extend({ kind: z.enum(['rule-text', 'pronunciation', 'place', 'station', 'name']) });
export type RrCase = z.infer<typeof RrCase>;
export type RrKind = RrCase['kind'];

const PinyinFreshCase = z.strictObject({ ...sourced, mode: z.enum(CHINESE_MODES) });
export type PinyinFreshCase = z.infer<typeof PinyinFreshCase>;
const PinyinCase = PinyinFreshCase.extend({
  kind: z.enum(['surname', 'name', 'place', 'phrase', 'news', 'proper']),
});
export type PinyinCase = z.infer<typeof PinyinCase>;

const caseSet = <C extends z.ZodType>(testCase: C) =>
  z.strictObject({
    about: z.string().min(1),
    sections: z.array(z.strictObject({ about: z.string().min(1).optional(), cases: z.array(testCase).min(1) })).min(1),
  });

/** The cases of tests/unit/romanize/sets/<name>.json, in file order. */
function load<C extends z.ZodType>(name: string, testCase: C): z.infer<C>[] {
  const file = new URL(`./sets/${name}.json`, import.meta.url);
  const set = parseContent(caseSet(testCase), JSON.parse(readFileSync(file, 'utf8')), file.pathname);
  return set.sections.flatMap((s) => s.cases);
}

/** Every example of the rule text, in the mode its kind of word takes. */
export const RULE_TEXT_CASES = load('rr-rule-text', RrCase);

/** The whole Revised Romanization test set: the rule text, 표준 발음법, places and stations, names. */
export const RR_CASES: readonly RrCase[] = [
  ...RULE_TEXT_CASES,
  ...load('rr-pronunciation', RrCase),
  ...load('rr-places', RrCase),
  ...load('rr-names', RrCase),
];

/** The sourced pinyin test set (surnames, names, places, proper nouns, phrases, news words). */
export const PINYIN_CASES: readonly PinyinCase[] = load('pinyin-cases', PinyinCase);

/**
 * The blind sets, written by authors who neither read nor ran the romanizers, in the order they
 * were written (rr-fresh.json and pinyin-fresh.json the second, rr-fresh2.json … the third, and so
 * on): each measured once when it came (README, "Romanization engines"), then worked on.
 */
export const BLIND_SETS = (['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'] as const).map(
  (name, i) => {
    const file = i === 0 ? '' : String(i + 1);
    return {
      name,
      rr: load(`rr-fresh${file}`, RrFreshCase),
      pinyin: load(`pinyin-fresh${file}`, PinyinFreshCase),
    };
  },
);
export type BlindSetName = (typeof BLIND_SETS)[number]['name'];

/** FNV-1a over the UTF-16 code units: the same number on every machine and every run. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

// FNV's low bits alone split keys that differ in one syllable unevenly, so the Revised
// Romanization split runs them through MurmurHash3's finaliser: stable across runs and machines,
// so a case stays on its side of the split whatever is added around it.
function mixed(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** What makes a Revised Romanization case distinct: the same input may be asked in another mode or with hyphens. */
export const rrCaseKey = (c: RrCase) => `${c.mode}|${c.hyphenate ? 'hyphen' : ''}|${c.input}`;

/** About one case in four is held out: it was not looked at while the romanizer was developed. */
const isRrHeldOut = (c: RrCase) => mixed(fnv1a(rrCaseKey(c))) % 4 === 0;
export const RR_DEV_CASES = RR_CASES.filter((c) => !isRrHeldOut(c));
export const RR_HELD_OUT_CASES = RR_CASES.filter(isRrHeldOut);

/**
 * About a quarter of the pinyin cases, chosen by a hash of mode and input, are held out: the
 * romanizer was developed against the rest and measured on these once at the end.
 */
export const isPinyinHeldOut = (c: PinyinCase) => fnv1a(`${c.mode}:${c.input}`) % 4 === 0;
