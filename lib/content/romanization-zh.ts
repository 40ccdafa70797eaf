import { z } from 'zod';

// The schema of content/romanization/chinese-readings.json: what pinyin-pro reads or divides
// wrongly, each correction with the reference it comes from. lib/romanize/chinese.ts parses
// the file with it when it loads.

const Hanzi = z.string().regex(/^\p{Script=Han}+$/u, 'Chinese characters only');
const SYLLABLE = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+$/;
/** Tone-marked syllables, one per character, separated by spaces; a neutral tone has no mark. */
const Syllables = z
  .string()
  .refine((s) => s.split(' ').every((x) => SYLLABLE.test(x)), 'lower-case tone-marked syllables, one space apart');
const Source = z.string().min(4, 'name the reference: 现代汉语词典 entry, GB/T 16159 clause, official romanization');

const oneSyllableEach = (e: { hanzi: string; pinyin: string }) => e.pinyin.split(' ').length === [...e.hanzi].length;
const SYLLABLE_COUNT = { message: 'one syllable for each character', path: ['pinyin'] };

/** A reading: registered with pinyin-pro, so running text (and the reader's ruby) gets it too. */
const Reading = z.object({ hanzi: Hanzi, pinyin: Syllables, source: Source }).refine(oneSyllableEach, SYLLABLE_COUNT);

/** A family name (one or two characters) and its reading as a family name (单 shàn, 尉迟 yù chí). */
const Surname = z
  .object({ hanzi: Hanzi.refine((h) => h.length <= 2, 'one or two characters'), pinyin: Syllables, source: Source })
  .refine(oneSyllableEach, SYLLABLE_COUNT);

/**
 * A word division (GB/T 16159 §6.1): the characters with a space between words and a hyphen
 * between the halves of an idiom ("外交 部长", "便宜-从事"). `proper` nouns are capitalised
 * wherever they occur (GB/T 16159 §6.3).
 */
const Division = z
  .object({
    hanzi: Hanzi,
    division: z.string().regex(/^\p{Script=Han}+([ -]\p{Script=Han}+)*$/u, 'characters, single spaces and hyphens'),
    proper: z.boolean().optional(),
    source: Source,
  })
  .refine((e) => e.division.replace(/[ -]/g, '') === e.hanzi, {
    message: 'the division must spell the same characters',
    path: ['division'],
  });

/** A list in which each text appears once: a second entry would silently win or lose. */
const unique = <T extends { hanzi: string }>(entry: z.ZodType<T>) =>
  z.array(entry).superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      if (seen.has(e.hanzi)) ctx.addIssue({ code: 'custom', path: [i, 'hanzi'], message: `duplicate "${e.hanzi}"` });
      seen.add(e.hanzi);
    });
  });

export const ChineseReadings = z.strictObject({
  $comment: z.string().optional(),
  readings: unique(Reading),
  surnames: unique(Surname),
  words: unique(Division),
});
export type ChineseReadings = z.infer<typeof ChineseReadings>;
