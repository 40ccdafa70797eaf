import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import Island from '@/app/_components/islands/Island';
import { alternates } from '@/lib/content/alternates';
import { getArticles, getReaderArticle } from '@/lib/content/load';
import { published } from '@/lib/content/published';
import { isLocale } from '@/i18n/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/words/review'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Review' });
  return { title: t('title'), description: t('intro'), alternates: alternates(locale, '/words/review') };
}

/** The Revised Romanization of every word a learner can save (the names and terms of the
 *  published articles), by the key a saved word carries: computed here, when the site builds. */
function romanizations(): Record<string, string> {
  const rr: Record<string, string> = {};
  for (const { slug } of published(getArticles())) {
    const article = getReaderArticle(slug);
    for (const name of article?.names ?? []) rr[`name:${name.id}`] = name.rr;
    for (const term of article?.terms ?? []) rr[`term:${term.id}`] = term.rr;
  }
  return rr;
}

export default async function ReviewPage({ params }: PageProps<'/[locale]/words/review'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Review');
  const { Review: labels, Languages: languages } = await getMessages();
  return (
    <div className="words review">
      <h1>{t('title')}</h1>
      <p className="intro">{t('intro')}</p>
      <noscript>
        <p>{t('noscript')}</p>
      </noscript>
      <Island name="Review" props={{ labels, languages, locale, rr: romanizations() }} />
    </div>
  );
}
