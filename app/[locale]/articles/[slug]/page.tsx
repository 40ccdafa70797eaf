import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import ArticleReader from '@/app/_components/reader/ArticleReader';
import { isLocale } from '@/i18n/routing';
import { alternates } from '@/lib/content/alternates';
import { getArticle, getReaderArticle, publishedSlugs } from '@/lib/content/load';

export const dynamicParams = false;

export const generateStaticParams = publishedSlugs;

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
