import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale } from '@/i18n/routing';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import Island from '@/app/_components/islands/Island';
import Link from '@/app/_components/layout/LocaleLink';
import { alternates } from '@/lib/content/alternates';
import { getArticles } from '@/lib/content/load';
import { published } from '@/lib/content/published';
import { HTML_LANG } from '@/lib/content/schema';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Library' });
  return { title: t('title'), alternates: alternates(locale, '') };
}

export default async function LibraryPage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Library');
  const format = await getFormatter();
  const articles = published(getArticles());

  return (
    <div className="library">
      <h1>{t('title')}</h1>
      <p className="intro">{t('intro')}</p>
      <Island
        name="ContinueReading"
        props={{
          locale,
          headlines: Object.fromEntries(articles.map((a) => [a.slug, a.headline[locale]])),
          labels: { continue: t('continue'), at: t.raw('continueAt') as string },
        }}
      />
      <ul className="article-list">
        {articles.map((article) => (
          <li key={article.slug}>
            <h2 lang={HTML_LANG[locale]}>
              <Link href={`/articles/${article.slug}`}>{article.headline[locale]}</Link>
            </h2>
            <p className="meta">
              {t('source', {
                publication: article.source.publication[locale],
                agency: article.source.agency?.[locale] ?? '',
              })}
              {' · '}
              <time dateTime={article.published}>
                {format.dateTime(new Date(article.published), { dateStyle: 'long' })}
              </time>
              {' · '}
              {t('paragraphs', { count: article.paragraphs.length })}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
