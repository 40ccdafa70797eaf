import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { cache } from 'react';
import { Article } from './schema';
import { parseContent } from './parse';

const ARTICLES_DIR = path.join(process.cwd(), 'content', 'articles');

function readJson(file: string): unknown {
  const rel = path.relative(process.cwd(), file);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${rel}: ${(error as Error).message}`);
  }
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
    const article = parseContent(Article, readJson(file), path.relative(process.cwd(), file));
    if (article.slug !== slug) {
      throw new Error(`${path.relative(process.cwd(), file)}: slug: must be "${slug}", the folder's name`);
    }
    return article;
  });
});

export function getArticle(slug: string): Article | undefined {
  return getArticles().find((article) => article.slug === slug);
}
