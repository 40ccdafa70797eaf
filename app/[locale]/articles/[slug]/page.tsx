import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import ArticleReader from '@/app/_components/reader/ArticleReader';
import { isLocale } from '@/i18n/routing';
import { alternates } from '@/lib/content/alternates';
import { getArticle, getArticles, getReaderArticle } from '@/lib/content/load';
import { published } from '@/lib/content/published';

export const dynamicParams = false;

export function generateStaticParams() {
  return published(getArticles()).map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = getArticle(slug);
  if (!article || !isLocale(locale)) return {};
  return {
    title: article.headline[locale],
    description: article.paragraphs[0]?.text[locale],
    alternates: alternates(locale, `/articles/${slug}`),
  };
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/articles/[slug]'>) {
  const { locale, slug } = await params;
  const article = getReaderArticle(slug);
  if (!article || article.status !== 'published' || !isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <ArticleReader article={article} />;
}
