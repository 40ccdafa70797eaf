import type { Article } from './schema';

/** Articles a reader may see, newest first. Drafts stay out of the library and the build. */
export function published(articles: Article[]): Article[] {
  return articles
    .filter((article) => article.status === 'published')
    .sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
}
