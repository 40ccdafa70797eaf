import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale, type Locale } from '@/i18n/routing';
import { alternates } from '@/lib/content/alternates';
import { getReaderArticle, type ReaderArticle } from '@/lib/content/load';

// What every page of one article (the reader, its glossary, word order and worksheet) makes of
// its URL: the article and the locale, or the localized 404 (app/[locale]/not-found.tsx).

type Params = Promise<{ locale: string; slug: string }>;
export type ArticlePage = { article: ReaderArticle; locale: Locale; slug: string };

async function find(params: Params): Promise<ArticlePage | undefined> {
  const { locale, slug } = await params;
  const article = getReaderArticle(slug);
  return article && article.status === 'published' && isLocale(locale) ? { article, locale, slug } : undefined;
}

/** The page's article and locale, or a 404; sets the locale for static rendering (next-intl). */
export async function articlePage(params: Params): Promise<ArticlePage> {
  const page = await find(params);
  if (!page) notFound();
  setRequestLocale(page.locale);
  return page;
}

/** A page's metadata: what `describe` says, with the hreflang alternates of
 *  `/articles/<slug><path>`; none where the page is a 404. */
export async function articleMetadata(
  params: Params,
  path: string,
  describe: (page: ArticlePage) => Metadata | Promise<Metadata>,
): Promise<Metadata> {
  const page = await find(params);
  if (!page) return {};
  return { ...(await describe(page)), alternates: alternates(page.locale, `/articles/${page.slug}${path}`) };
}
