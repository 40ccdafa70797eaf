import type { Metadata } from 'next';
import ArticleReader from '@/app/_components/reader/ArticleReader';
import { publishedSlugs } from '@/lib/content/load';
import { articleMetadata, articlePage } from './articlePage';

export const dynamicParams = false;

export const generateStaticParams = publishedSlugs;

export function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]'>): Promise<Metadata> {
  return articleMetadata(params, '', ({ article, locale }) => ({
    title: article.headline[locale],
    description: article.paragraphs[0]?.text[locale],
  }));
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/articles/[slug]'>) {
  const { article } = await articlePage(params);
  return <ArticleReader article={article} />;
}
