import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { cache } from 'react';
import { nameCard, type NameCard } from '@/lib/names/card';
import { toTerm, type Term } from '@/lib/terms/lexicon';
import { segmentsToTraditional, toTraditional } from '@/lib/romanize/traditional';
import { toAlignment, type Alignment } from './align';
import { annotate, forceMarks, indexMarks, type Segment } from './annotate';
import { ContentError, parseContent } from './parse';
import { published } from './published';
import {
  ArticleFile,
  ArticleTerms,
  LANGS,
  type Article,
  LexiconFile,
  NameRegistry,
  type Lang,
  type Localized,
  type Paragraph,
} from './schema';

const CONTENT_DIR = path.join(process.cwd(), 'content');
const ARTICLES_DIR = path.join(CONTENT_DIR, 'articles');

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${path.relative(process.cwd(), file)}: ${(error as Error).message}`);
  }
}

function parseFile<S extends Parameters<typeof parseContent>[0]>(schema: S, file: string) {
  return parseContent(schema, readJson(file), path.relative(process.cwd(), file));
}

// cache() deduplicates loading within one render; at build time every page reads the files once.
/** Every published article (drafts are checked by content:check, never shown). */
export const getArticles = cache((): Article[] => {
  const slugs = fs
    .readdirSync(ARTICLES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return slugs.flatMap((slug) => {
    const file = path.join(ARTICLES_DIR, slug, 'article.json');
    const article = parseFile(ArticleFile, file);
    if (article.status === 'draft') return [];
    if (article.slug !== slug) {
      throw new Error(`${path.relative(process.cwd(), file)}: slug: must be "${slug}", the folder's name`);
    }
    return [article];
  });
});

export function getArticle(slug: string): Article | undefined {
  return getArticles().find((article) => article.slug === slug);
}

/** The names registry with romanizations computed from the native forms. */
export const getNames = cache((): NameCard[] =>
  parseFile(NameRegistry, path.join(CONTENT_DIR, 'names', 'names.json')).map(nameCard),
);

/** The lexicon: every content/lexicon/*.json file, with pinyin computed. Ids are unique. */
export const getLexicon = cache((): Term[] => {
  const dir = path.join(CONTENT_DIR, 'lexicon');
  const seen = new Map<string, string>();
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const file = path.join(dir, f);
      const entries = parseFile(LexiconFile, file);
      for (const [i, e] of entries.entries()) {
        const other = seen.get(e.id);
        if (other)
          throw new ContentError(path.relative(process.cwd(), file), [`${i}.id: "${e.id}" is already in ${other}`]);
        seen.set(e.id, f);
      }
      return entries.map(toTerm);
    });
});

function getArticleTerms(slug: string) {
  const file = path.join(ARTICLES_DIR, slug, 'terms.json');
  return fs.existsSync(file) ? parseFile(ArticleTerms, file) : { add: [], suppress: [], mark: [] };
}

export type Annotated = Record<Lang, Segment[]>;
export type ReaderParagraph = Omit<Paragraph, 'align'> & {
  segments: Annotated;
  /** Phrases grouped across the languages (group 0 = unaligned), when the paragraph is aligned. */
  align?: Alignment;
  /** The Chinese in Traditional characters (converted at build time), marks kept. */
  hant: Segment[];
  /** Ids of the lexicon terms in the paragraph, in order of first mention. */
  terms: string[];
};
export type ReaderArticle = Omit<Article, 'caption' | 'paragraphs'> & {
  caption?: Annotated;
  captionHant?: Segment[];
  headlineHant: string;
  paragraphs: ReaderParagraph[];
  /** Every registered name the article mentions, in order of first mention. */
  names: NameCard[];
  /** Every lexicon term the article uses, in order of first mention. */
  terms: Term[];
};

/** The article as the reader shows it: names marked in every language, at build time. */
export const getReaderArticle = cache((slug: string): ReaderArticle | undefined => {
  const article = getArticle(slug);
  if (!article) return undefined;
  const names = getNames();
  const extra = getArticleTerms(slug);
  const lexicon = [...getLexicon(), ...extra.add.map(toTerm)];
  // Names first: where a name and a term cover the same text, the name's card is the richer one.
  const index = indexMarks({ names, terms: lexicon });
  const suppressed = (lang: Lang, paragraph?: string) =>
    new Set(
      extra.suppress
        .filter((s) => s.lang === lang && (s.paragraph === undefined || s.paragraph === paragraph))
        .map((s) => s.text),
    );
  const mentioned = { name: new Set<string>(), term: new Set<string>() };
  // A name that is also a lexicon term (THAAD) shows its name card in the text, and its
  // term still counts for the glossaries.
  const termByForm = Object.fromEntries(
    LANGS.map((lang) => [lang, new Map(lexicon.flatMap((t) => t.match[lang].map((f) => [f, t.id] as const)))]),
  ) as Record<Lang, Map<string, string>>;
  const termOf = (lang: Lang, s: Segment) =>
    typeof s === 'string' ? undefined : s.kind === 'term' ? s.id : termByForm[lang].get(s.text);
  const mark = (text: Localized, paragraph?: string): Annotated => {
    const out = Object.fromEntries(
      LANGS.map((lang) => [
        lang,
        forceMarks(
          annotate(text[lang], lang, index, suppressed(lang, paragraph)),
          extra.mark.filter((m) => m.lang === lang && m.paragraph === paragraph),
        ),
      ]),
    ) as Annotated;
    for (const lang of LANGS) {
      for (const s of out[lang]) {
        if (typeof s === 'string') continue;
        mentioned[s.kind].add(s.id);
        const term = termOf(lang, s);
        if (term) mentioned.term.add(term);
      }
    }
    return out;
  };
  const caption = article.caption && mark(article.caption);
  const paragraphs = article.paragraphs.map((p) => {
    const segments = mark(p.text, p.id);
    // The glossary follows the English: it is for Korean readers of the original.
    const terms = [...new Set(segments.en.flatMap((s) => termOf('en', s) ?? []))];
    const { align, ...rest } = p;
    return {
      ...rest,
      ...(align ? { align: toAlignment(align) } : {}),
      segments,
      hant: segmentsToTraditional(segments.zh),
      terms,
    };
  });
  return {
    ...article,
    caption,
    ...(caption ? { captionHant: segmentsToTraditional(caption.zh) } : {}),
    headlineHant: toTraditional(article.headline.zh),
    paragraphs,
    names: [...mentioned.name].map((id) => names.find((n) => n.id === id)!),
    terms: [...mentioned.term].map((id) => lexicon.find((t) => t.id === id)!),
  };
});

/** The slugs of the published articles, as the static params of every page and file made per article. */
export function publishedSlugs(): { slug: string }[] {
  return published(getArticles()).map((article) => ({ slug: article.slug }));
}
