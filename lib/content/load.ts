import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { cache } from 'react';
import { nameCard, type NameCard } from '@/lib/names/card';
import { annotate, indexForms, type Segment } from './annotate';
import { parseContent } from './parse';
import { Article, LANGS, NameRegistry, type Lang, type Localized, type Paragraph } from './schema';

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
export const getArticles = cache((): Article[] => {
  const slugs = fs
    .readdirSync(ARTICLES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return slugs.map((slug) => {
    const file = path.join(ARTICLES_DIR, slug, 'article.json');
    const article: Article = parseFile(Article, file);
    if (article.slug !== slug) {
      throw new Error(`${path.relative(process.cwd(), file)}: slug: must be "${slug}", the folder's name`);
    }
    return article;
  });
});

export function getArticle(slug: string): Article | undefined {
  return getArticles().find((article) => article.slug === slug);
}

/** The names registry with romanizations computed from the native forms. */
export const getNames = cache((): NameCard[] =>
  parseFile(NameRegistry, path.join(CONTENT_DIR, 'names', 'names.json')).map(nameCard),
);

export type Annotated = Record<Lang, Segment[]>;
export type ReaderArticle = Omit<Article, 'caption' | 'paragraphs'> & {
  caption?: Annotated;
  paragraphs: (Paragraph & { segments: Annotated })[];
  /** Every registered name the article mentions, in order of first mention. */
  names: NameCard[];
};

/** The article as the reader shows it: names marked in every language, at build time. */
export const getReaderArticle = cache((slug: string): ReaderArticle | undefined => {
  const article = getArticle(slug);
  if (!article) return undefined;
  const names = getNames();
  const index = indexForms(names);
  const mentioned = new Set<string>();
  const mark = (text: Localized): Annotated => {
    const out = Object.fromEntries(LANGS.map((lang) => [lang, annotate(text[lang], lang, index)])) as Annotated;
    for (const lang of LANGS) for (const s of out[lang]) if (typeof s !== 'string') mentioned.add(s.id);
    return out;
  };
  const caption = article.caption && mark(article.caption);
  const paragraphs = article.paragraphs.map((p) => ({ ...p, segments: mark(p.text) }));
  return {
    ...article,
    caption,
    paragraphs,
    names: [...mentioned].map((id) => names.find((n) => n.id === id)!),
  };
});
