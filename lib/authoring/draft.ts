import { z } from 'zod';
import { annotate, indexMarks } from '@/lib/content/annotate';
import { LANGS, type Lang } from '@/lib/content/langs';
import { DraftArticle, DraftText, type NamesTodo } from '@/lib/content/schema';
import type { NameCard } from '@/lib/names/card';
import type { Term } from '@/lib/terms/lexicon';
import { draftAlignment, type AlignDraftReport } from './align';
import { findUnknownNames, type UnknownName } from './names';
import { InputError, type ArticleText } from './text';

/** --meta FILE: what plain text cannot say. Everything is optional; gaps become warnings. */
export const Meta = z.strictObject({
  published: z.iso.datetime({ offset: true }).optional(),
  byline: z.string().min(1).optional(),
  source: z.strictObject({ publication: DraftText, agency: DraftText.optional() }).optional(),
});
export type Meta = z.infer<typeof Meta>;

type Occurrence = { paragraph: string; lang: Lang; text: string };

export type Report = {
  paragraphs: { id: string; en: string; ko?: string; zh?: string }[];
  terms: { id: string; en: string; ko: string; zh: string; occurrences: Occurrence[] }[];
  /** Per paragraph, how much of the drafted phrase alignment is anchored by names and terms
   *  and how much only proposed (empty without all three languages). */
  alignment: AlignDraftReport[];
  names: (
    | {
        text: string;
        known: true;
        id: string;
        native: { hangul: string; hanja?: string; zh: string };
        occurrences: Occurrence[];
      }
    | ({ known: false } & UnknownName)
  )[];
  warnings: string[];
};

export type DraftInput = {
  slug: string;
  texts: { en: ArticleText; ko?: ArticleText; zh?: ArticleText };
  meta?: Meta;
  lexicon: Term[];
  names: NameCard[];
  /** For a reproducible placeholder date in tests. */
  now?: Date;
};

const NAMES: Record<Lang, string> = { en: 'English', ko: 'Korean', zh: 'Chinese' };

/**
 * The mechanical part of adding an article: aligns the translations paragraph by paragraph,
 * finds the lexicon terms and registered names in every language, lists the names nobody has
 * registered with candidates for their native forms, and builds a draft article.json.
 */
export function draftArticle({ slug, texts, meta = {}, lexicon, names, now = new Date() }: DraftInput) {
  const warnings: string[] = [];
  const en = texts.en;
  for (const lang of ['ko', 'zh'] as const) {
    const t = texts[lang];
    if (!t) {
      warnings.push(`no ${NAMES[lang]} text: the article stays a draft until a translator adds it`);
      continue;
    }
    if (t.paragraphs.length !== en.paragraphs.length) {
      throw new InputError(
        `the ${NAMES[lang]} has ${t.paragraphs.length} paragraphs and the English ${en.paragraphs.length}: they must match one to one`,
      );
    }
    if (en.dateline && !t.dateline)
      warnings.push(`the English has a dateline ("${en.dateline}") and the ${NAMES[lang]} has none`);
  }
  if (!meta.published) warnings.push('no publication date in --meta: today is a placeholder');
  if (!meta.source) warnings.push('no source in --meta: "source.publication" is a placeholder to fill in');

  const pick = <K extends 'headline' | 'dateline'>(key: K) => {
    if (!en[key]) return undefined;
    return {
      en: en[key]!,
      ...(texts.ko?.[key] ? { ko: texts.ko[key] } : {}),
      ...(texts.zh?.[key] ? { zh: texts.zh[key] } : {}),
    };
  };
  // Terms and registered names, in every language at once.
  const index = indexMarks({ names, terms: lexicon });
  const alignment: AlignDraftReport[] = [];
  const paragraphs = en.paragraphs.map((text, i) => {
    const id = `p${i + 1}`;
    const [ko, zh] = [texts.ko?.paragraphs[i], texts.zh?.paragraphs[i]];
    // The phrase alignment is drafted where all three languages are there to align.
    const drafted = ko && zh ? draftAlignment(id, { en: text, ko, zh }, index) : undefined;
    if (ko && zh) {
      alignment.push(
        drafted?.report ?? {
          paragraph: id,
          anchored: 0,
          proposed: 0,
          unaligned: 1,
          groups: { anchored: [], proposed: [] },
        },
      );
    }
    return {
      id,
      text: { en: text, ...(ko ? { ko } : {}), ...(zh ? { zh } : {}) },
      notes: [],
      ...(drafted ? { align: drafted.align } : {}),
    };
  });
  if (!texts.ko || !texts.zh)
    warnings.push('no phrase alignment drafted: it needs the English, Korean and Chinese texts');
  const article = DraftArticle.parse({
    slug,
    status: 'draft',
    source: meta.source ?? { publication: { en: 'TODO: publication' } },
    ...(meta.byline ? { byline: meta.byline } : {}),
    published: meta.published ?? now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ...(pick('dateline') ? { dateline: pick('dateline') } : {}),
    headline: pick('headline'),
    paragraphs,
  });

  const seen = { name: new Map<string, Occurrence[]>(), term: new Map<string, Occurrence[]>() };
  for (const p of paragraphs) {
    for (const lang of LANGS) {
      const text = p.text[lang as keyof typeof p.text];
      if (!text) continue;
      for (const s of annotate(text, lang, index)) {
        if (typeof s === 'string') continue;
        const list = seen[s.kind].get(s.id) ?? [];
        list.push({ paragraph: p.id, lang, text: s.text });
        seen[s.kind].set(s.id, list);
      }
    }
  }
  const terms = [...seen.term].map(([id, occurrences]) => {
    const t = lexicon.find((x) => x.id === id)!;
    return { id, en: t.en, ko: t.ko.term, zh: t.zh.term, occurrences };
  });
  const known = [...seen.name].map(([id, occurrences]) => {
    const n = names.find((x) => x.id === id)!;
    return {
      text: n.en,
      known: true as const,
      id,
      native: { hangul: n.hangul, ...(n.hanja ? { hanja: n.hanja } : {}), zh: n.zh.hans },
      occurrences,
    };
  });

  const englishForms = new Set(
    [...names.flatMap((n) => n.forms.en), ...lexicon.flatMap((t) => t.match.en)].map((f) => f.toLowerCase()),
  );
  const knownEnglish = (text: string) =>
    englishForms.has(text.toLowerCase()) || text.split(' ').every((w) => englishForms.has(w.toLowerCase()));
  const knownNative = new Set([
    ...names.flatMap((n) => [...n.forms.ko, ...n.forms.zh]),
    ...lexicon.flatMap((t) => [...t.match.ko, ...t.match.zh]),
  ]);
  const unknown = findUnknownNames(
    paragraphs.map((p) => ({ id: p.id, ...p.text })),
    knownEnglish,
    knownNative,
  );
  if (unknown.length > 0) {
    warnings.push(
      `${unknown.length} name${unknown.length === 1 ? '' : 's'} to review in names.todo.json: ${unknown.map((u) => u.text).join(', ')}`,
    );
  }

  const report: Report = {
    paragraphs: paragraphs.map((p) => ({ id: p.id, ...p.text })),
    terms,
    alignment,
    names: [...known, ...unknown.map((u) => ({ known: false as const, ...u }))],
    warnings,
  };
  const todo: NamesTodo = unknown;
  return { article, report, todo };
}
