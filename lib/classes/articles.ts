import 'server-only';
import { createHash } from 'node:crypto';
import { assignmentKey, parseAssignment, type Assignment } from '@/lib/assign/params';
import { getArticles, getReaderArticle } from '@/lib/content/load';
import { published } from '@/lib/content/published';
import type { Lang } from '@/lib/content/langs';

/** What the classes feature needs of an article: its headline, paragraph ids and terms. */
export type ClassArticle = {
  slug: string;
  headline: Record<Lang, string>;
  paragraphs: string[];
  terms: Map<string, Record<Lang, string>>;
};

// Route handlers run outside a React render, where the loader's cache() does not hold: keep
// each article for the life of the process (the content changes only with a new build), on
// globalThis so that the routes and the page, bundled apart, compute it once.
const holder = globalThis as typeof globalThis & { __classArticles?: Map<string, ClassArticle | null> };
const articles = (holder.__classArticles ??= new Map());

export function getClassArticle(slug: string): ClassArticle | undefined {
  if (!articles.has(slug)) {
    const known = published(getArticles()).some((a) => a.slug === slug);
    const article = known ? getReaderArticle(slug) : undefined;
    articles.set(
      slug,
      article
        ? {
            slug,
            headline: article.headline,
            paragraphs: article.paragraphs.map((p) => p.id),
            terms: new Map(article.terms.map((t) => [t.id, { en: t.en, ko: t.ko.term, zh: t.zh.term }])),
          }
        : null,
    );
  }
  return articles.get(slug) ?? undefined;
}

/** Reads every published article now (at start-up) rather than on its first submission. */
export function warmClassArticles(): void {
  for (const article of published(getArticles())) getClassArticle(article.slug);
}

export type AssignmentRef = {
  /** SHA-256 of the canonical reference, first 16 hex digits. */
  id: string;
  slug: string;
  /** The canonical query (lib/assign/params.ts's assignmentKey, without `show`). */
  query: string;
  assignment: Assignment;
  article: ClassArticle;
  /** The ids of the paragraphs assigned (every paragraph when the link names none). */
  assigned: string[];
};

/**
 * Reads the `assignment` a submission names: `{slug}?{query}`, the reader's own assignment
 * key (assignmentKey, with or without its `assignment:` prefix). It is parsed with the reader's
 * parser against the article; anything the parser would drop makes it invalid. Two spellings of
 * one assignment get one id.
 */
export function readAssignmentRef(ref: string): AssignmentRef | undefined {
  const m = /^(?:assignment:)?([a-z0-9]+(?:-[a-z0-9]+)*)\?(.*)$/s.exec(ref);
  if (!m) return undefined;
  const [, slug, search] = m as unknown as [string, string, string];
  const article = getClassArticle(slug);
  if (!article) return undefined;
  const params = new URLSearchParams(search);
  params.delete('class');
  const parsed = parseAssignment(params, {
    paragraphs: article.paragraphs.length,
    terms: new Set(article.terms.keys()),
  });
  if (parsed.notices.length > 0) return undefined;
  // A class link that sets nothing but the class (and perhaps the languages) assigns the whole
  // article: without its `class=`, the parser sees no assignment in it.
  const assignment = parsed.assignment ?? { reveal: true, focus: [] };
  const canonical = assignmentKey(slug, assignment).replace(/^assignment:/, '');
  return {
    id: createHash('sha256').update(canonical, 'utf8').digest('hex').slice(0, 16),
    slug,
    query: canonical.slice(slug.length + 1),
    assignment,
    article,
    assigned: assignment.paras?.map((n) => article.paragraphs[n - 1]!) ?? article.paragraphs,
  };
}
