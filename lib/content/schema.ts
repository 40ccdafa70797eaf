import { z } from 'zod';

import { alignIssues, DRAFT_WHY } from './align';
import { ID_PATTERN, ID_RULE } from './ids';
import { LANGS, type Lang } from './langs';

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

const Group = z.int().min(0, 'must be 0 (unaligned) or a group number 1, 2, …');
/** `[text, group]`: group 0 marks a phrase one language adds, listed in `unaligned`. */
const Phrase = z.tuple([z.string().min(1, 'a phrase must not be empty'), Group]);

/**
 * Phrase alignment (#16) as article.json stores it: each language's text cut into phrases
 * that tile it exactly, grouped across the languages into units of meaning
 * (lib/content/align.ts has the rules, and the shape the reader gets).
 */
export const StoredAlignment = z.strictObject({
  en: z.array(Phrase).min(1),
  ko: z.array(Phrase).min(1),
  zh: z.array(Phrase).min(1),
  /** Every group-0 phrase, with why it has no counterpart (for editors; not shown to learners). */
  unaligned: z.array(z.strictObject({ lang: LangSchema, text: z.string().min(1), why: Text })).default([]),
  /** Groups article:new proposed by position and length, waiting for a person; drafts only. */
  proposed: z.array(Group.min(1)).optional(),
});
export type StoredAlignment = z.infer<typeof StoredAlignment>;

const ParagraphId = z.string().regex(/^p[1-9]\d*$/, 'must be p1, p2, …');

/** The alignment's rules against the paragraph's own text, reported at the broken phrase. */
function checkAlign(p: { text: Partial<Record<Lang, string>>; align?: StoredAlignment }, ctx: z.RefinementCtx) {
  if (!p.align) return;
  for (const issue of alignIssues(p.align, p.text)) {
    ctx.addIssue({
      code: 'custom',
      path: ['align', ...issue.path],
      message: issue.message,
      params: { fix: issue.fix },
    });
  }
}

export const Paragraph = z
  .strictObject({
    id: ParagraphId,
    text: Localized,
    notes: z.array(TranslatorNote).default([]),
    align: StoredAlignment.optional(),
  })
  .superRefine(checkAlign)
  .superRefine((p, ctx) => {
    if (p.align?.proposed?.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['align', 'proposed'],
        message: `groups ${p.align.proposed.join(', ')} were proposed by article:new and are not reviewed`,
        params: { fix: 'check each proposed group against the three texts, fix it, then remove "proposed"' },
      });
    }
    p.align?.unaligned.forEach((u, i) => {
      if (u.why === DRAFT_WHY) {
        ctx.addIssue({
          code: 'custom',
          path: ['align', 'unaligned', i, 'why'],
          message: `article:new left ${JSON.stringify(u.text)} unaligned and nobody has said why`,
          params: { fix: 'give the phrase a group, or write why this language alone says it' },
        });
      }
    });
  });
export type Paragraph = z.infer<typeof Paragraph>;

/** Paragraph ids count up from p1 in order. */
function checkIds(paragraphs: { id: string }[], ctx: z.RefinementCtx) {
  paragraphs.forEach((p, i) => {
    if (p.id !== `p${i + 1}`) {
      ctx.addIssue({
        code: 'custom',
        path: ['paragraphs', i, 'id'],
        message: `must be "p${i + 1}": paragraph ids count up from p1 in order`,
      });
    }
  });
}

const Id = z.string().regex(ID_PATTERN, ID_RULE);

/** An article's fields but its paragraphs, with each text block in `text`: a published
 *  article has every language, a draft may lack its Korean and Chinese. */
const articleHead = <S extends 'published' | 'draft', T extends z.ZodType>(status: S, text: T) => ({
  slug: Id,
  status: z.literal(status),
  source: z.strictObject({ publication: text, agency: text.optional() }),
  byline: Text.optional(),
  published: z.iso.datetime({ offset: true }),
  dateline: text.optional(),
  headline: text,
  caption: text.optional(),
});

export const Article = z
  .strictObject({ ...articleHead('published', Localized), paragraphs: z.array(Paragraph).min(1) })
  .superRefine((article, ctx) => checkIds(article.paragraphs, ctx));
export type Article = z.infer<typeof Article>;

/**
 * An article still being written (`npm run article:new` makes one): the English is there,
 * the Korean and Chinese may not be yet. The site does not show drafts.
 */
export const DraftText = z.strictObject({ en: Text, ko: Text.optional(), zh: Text.optional() });
export const DraftArticle = z
  .strictObject({
    ...articleHead('draft', DraftText),
    paragraphs: z
      .array(
        z
          .strictObject({
            id: ParagraphId,
            text: DraftText,
            notes: z.array(TranslatorNote).default([]),
            align: StoredAlignment.optional(),
          })
          .superRefine(checkAlign),
      )
      .min(1),
  })
  .superRefine((article, ctx) => checkIds(article.paragraphs, ctx));
export type DraftArticle = z.infer<typeof DraftArticle>;

/** What content/articles/<slug>/article.json holds: a published article or a draft. */
export const ArticleFile = z.discriminatedUnion('status', [Article, DraftArticle]);

const Hangul = Text.refine((s) => /^[가-힣 ]+$/.test(s), 'must be Hangul syllables');
const Hanzi = Text.refine((s) => /^[\p{Script=Han}·]+$/u.test(s), 'must be Chinese characters');

/**
 * A person, place or organisation in the names registry (content/names/names.json).
 * Romanizations are not stored: they are computed from `hangul` and `zh` at build time.
 */
export const NameEntry = z.strictObject({
  id: Id,
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

/**
 * One entry of the diplomatic lexicon (content/lexicon/*.json). Pinyin is computed.
 * Definitions and notes are in all three languages so that each reader gets them in their
 * interface language; the Korean glossary shows `def.ko`.
 */
export const LexiconEntry = z.strictObject({
  id: Id,
  /** The English headword; matched with its `forms` (inflections, variants, acronyms). */
  en: Text,
  pos: z.enum(['noun', 'verb', 'adjective', 'adverb', 'phrase', 'phrasal verb', 'idiom']),
  forms: z.array(Text),
  /** A short learner's definition of the concept: in plain English, in Korean (what the
   *  Korean glossary shows) and in Chinese. */
  def: Localized,
  ko: z.strictObject({
    /** The term Korean newsrooms (Yonhap, KBS) use. */
    term: Text,
    /** Only for a Sino-Korean term, checked character by character. */
    hanja: Text.refine((s) => /^[\p{Script=Han} ·]+$/u.test(s), 'must be Chinese characters').optional(),
    /** Forms marked in Korean text (stems: 촉구, not 촉구했다); the term when absent. */
    forms: z.array(Text).optional(),
  }),
  /** The term PRC newsrooms (Xinhua, People's Daily) use; the note says where Taiwan or
   *  Yonhap's Chinese service differ. */
  zh: z.strictObject({ term: Text, forms: z.array(Text).optional() }),
  /** Usage: where Korean and Chinese differ, newsroom practice, a trap for learners. */
  note: Localized,
  example: Text,
});
export type LexiconEntry = z.infer<typeof LexiconEntry>;

export const LexiconFile = z.array(LexiconEntry);

/**
 * content/articles/<slug>/terms.json: terms only this article needs, matches to skip, and
 * marks the automatic matching cannot find (an inflected form, say).
 */
export const ArticleTerms = z.strictObject({
  add: z.array(LexiconEntry).default([]),
  suppress: z
    .array(
      z.strictObject({
        lang: LangSchema,
        text: z.string().min(1),
        paragraph: z.string().optional(),
        /** Why the match is wrong here, for the next editor. */
        why: z.string().optional(),
      }),
    )
    .default([]),
  /** A term whose English the article marks but whose translation in `lang` renders it
   *  without a word the lexicon could mark (a paraphrase, an omission the language needs). */
  untranslated: z
    .array(z.strictObject({ term: z.string(), lang: LangSchema, paragraph: z.string(), why: z.string().min(1) }))
    .default([]),
  mark: z
    .array(
      z
        .strictObject({
          lang: LangSchema,
          paragraph: z.string(),
          text: z.string().min(1),
          term: z.string().optional(),
          name: z.string().optional(),
        })
        .refine((m) => (m.term === undefined) !== (m.name === undefined), 'needs either "term" or "name", not both'),
    )
    .default([]),
});
export type ArticleTerms = z.infer<typeof ArticleTerms>;

/**
 * content/articles/<slug>/names.todo.json: names `article:new` found that the registry does
 * not know, with candidates for their native forms. A person confirms them into
 * content/names/names.json; a published article may not have any left.
 */
export const NamesTodo = z.array(
  z.strictObject({
    text: z.string(),
    paragraphs: z.array(z.string()),
    guess: z.enum(['korean person', 'chinese person', 'name']),
    candidates: z.strictObject({
      hangul: z.array(z.strictObject({ text: z.string(), rr: z.string(), score: z.number() })),
      zh: z.array(z.strictObject({ text: z.string(), pinyin: z.string(), score: z.number() })),
    }),
  }),
);
export type NamesTodo = z.infer<typeof NamesTodo>;

/**
 * content/hanja/readings.json: readings of Hanja that the reading table (the hanja package)
 * lacks, mostly the second reading of a character with two (行 행/항). Each with its source.
 */
export const HanjaReadings = z.record(
  z.string().regex(/^\p{Script=Han}$/u, 'must be one Chinese character'),
  z.strictObject({
    readings: z.array(z.string().regex(/^[가-힣]$/, 'must be one Hangul syllable')).min(1),
    source: Text,
  }),
);
export type HanjaReadings = z.infer<typeof HanjaReadings>;
