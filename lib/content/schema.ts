import { z } from 'zod';

import { LANGS } from './langs';

export { HTML_LANG, LANGS, type Lang } from './langs';
export const LangSchema = z.enum(LANGS);

const Text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((s) => !/[<>]/.test(s), 'must be plain text, without < or >');

/** Text that exists in every content language (the same keys as the interface locales). */
export const Localized = z.strictObject({ en: Text, ko: Text, zh: Text });
export type Localized = z.infer<typeof Localized>;

export const TranslatorNote = z.strictObject({
  /** The languages whose text the note explains. */
  about: z.array(LangSchema).min(1),
  text: Localized,
});

export const Paragraph = z.strictObject({
  id: z.string().regex(/^p[1-9]\d*$/, 'must be p1, p2, …'),
  text: Localized,
  notes: z.array(TranslatorNote).default([]),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const Article = z
  .strictObject({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'),
    status: z.enum(['published', 'draft']),
    source: z.strictObject({ publication: Localized, agency: Localized.optional() }),
    byline: Text.optional(),
    published: z.iso.datetime({ offset: true }),
    dateline: Localized.optional(),
    headline: Localized,
    caption: Localized.optional(),
    paragraphs: z.array(Paragraph).min(1),
  })
  .superRefine((article, ctx) => {
    article.paragraphs.forEach((p, i) => {
      if (p.id !== `p${i + 1}`) {
        ctx.addIssue({
          code: 'custom',
          path: ['paragraphs', i, 'id'],
          message: `must be "p${i + 1}": paragraph ids count up from p1 in order`,
        });
      }
    });
  });
export type Article = z.infer<typeof Article>;

const Hangul = Text.refine((s) => /^[가-힣 ]+$/.test(s), 'must be Hangul syllables');
const Hanzi = Text.refine((s) => /^[\p{Script=Han}·]+$/u.test(s), 'must be Chinese characters');

/**
 * A person, place or organisation in the names registry (content/names/names.json).
 * Romanizations are not stored: they are computed from `hangul` and `zh` at build time.
 */
export const NameEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'),
  kind: z.enum(['person', 'place', 'organization', 'system']),
  /** Whose language the name comes from: decides which form is the native one. */
  origin: z.enum(['ko', 'zh', 'other']),
  /** The spelling in English text; for Korean people, the customary romanization. */
  en: Text,
  hangul: Hangul,
  /** Only where one exists and can be vouched for. */
  hanja: Hanzi.optional(),
  zh: z.strictObject({ hans: Hanzi, hant: Hanzi }),
  /** The text forms marked in each language's text (full names, short forms). */
  forms: z.strictObject({ en: z.array(Text).min(1), ko: z.array(Text).min(1), zh: z.array(Text).min(1) }),
  role: Localized,
});
export type NameEntry = z.infer<typeof NameEntry>;

export const NameRegistry = z.array(NameEntry).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${entry.id}"` });
    seen.add(entry.id);
  });
});

/** One entry of the diplomatic lexicon (content/lexicon/*.json). Pinyin is computed. */
export const LexiconEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'),
  /** The English headword; matched with its `forms` (inflections, variants, acronyms). */
  en: Text,
  pos: z.enum(['noun', 'verb', 'adjective', 'adverb', 'phrase', 'phrasal verb', 'idiom']),
  forms: z.array(Text),
  /** A short learner's definition in plain English. */
  def: Text,
  ko: z.strictObject({
    term: Text,
    hanja: Text.optional(),
    /** One line in Korean for the Korean glossary. */
    explain: Text,
    /** Forms marked in Korean text (stems: 촉구, not 촉구했다); the term when absent. */
    forms: z.array(Text).optional(),
  }),
  zh: z.strictObject({ term: Text, forms: z.array(Text).optional() }),
  /** Where Korean and Chinese usage differ, or a trap for learners. */
  note: Text.optional(),
  example: Text,
});
export type LexiconEntry = z.infer<typeof LexiconEntry>;

export const LexiconFile = z.array(LexiconEntry);
