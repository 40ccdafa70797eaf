import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale } from '@/i18n/routing';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import type { BuilderArticle } from '@/app/_components/assign/builder/draft';
import Island from '@/app/_components/islands/Island';
import { alternates } from '@/lib/content/alternates';
import { getArticles, getReaderArticle } from '@/lib/content/load';
import { published } from '@/lib/content/published';
import { LANGS, type Lang } from '@/lib/content/schema';

export async function generateMetadata({ params }: PageProps<'/[locale]/teach'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Teach' });
  return { title: t('title'), alternates: alternates(locale, '/teach') };
}

/** The start of a paragraph, cut at a word. */
const preview = (text: string) => {
  if (text.length <= 110) return text;
  const cut = text.slice(0, 108);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)).replace(/[\s,;:]+$/, '')}…`;
};

export default async function TeachPage({ params }: PageProps<'/[locale]/teach'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Teach');
  const tl = await getTranslations('Languages');
  const { Teach: labels, ClassCreate: classLabels } = await getMessages();
  // Only what the form shows: a preview of each paragraph and the article's terms.
  const articles: BuilderArticle[] = published(getArticles()).flatMap((a) => {
    const article = getReaderArticle(a.slug);
    if (!article) return [];
    return [
      {
        slug: article.slug,
        headline: article.headline[locale],
        paragraphs: article.paragraphs.map((p) => preview(p.text.en)),
        terms: article.terms.map((term) => ({ id: term.id, en: term.en, ko: term.ko.term, zh: term.zh.term })),
      },
    ];
  });
  return (
    <div className="teach">
      <h1>{t('title')}</h1>
      <p className="intro">{t('intro')}</p>
      <Island name="ClassCreate" props={{ locale, labels: classLabels }} />
      <Island
        name="AssignmentBuilder"
        props={{
          articles,
          locale,
          names: Object.fromEntries(LANGS.map((l) => [l, tl(l)])) as Record<Lang, string>,
          labels,
          classLabels,
        }}
      />
    </div>
  );
}
