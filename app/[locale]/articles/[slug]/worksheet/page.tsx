import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import Island from '@/app/_components/islands/Island';
import { isLocale, localePath } from '@/i18n/routing';
import { quizTerms } from '@/lib/assign/quizTerms';
import type { WorksheetArticle } from '@/lib/assign/worksheet';
import { alternates } from '@/lib/content/alternates';
import { getArticles, getReaderArticle } from '@/lib/content/load';
import { published } from '@/lib/content/published';

// The printable worksheet of an assignment: the same parameters as the reader's link. Like the
// reader, it is prerendered (here with the worksheet of the whole article) and its island
// applies the link's parameters in the browser.

export const dynamicParams = false;

export function generateStaticParams() {
  return published(getArticles()).map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/articles/[slug]/worksheet'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = getReaderArticle(slug);
  if (!article || !isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Worksheet' });
  return {
    title: `${t('kind')}: ${article.headline[locale]}`,
    description: article.paragraphs[0]?.text[locale],
    // One worksheet per article for search engines, whatever the assignment's parameters.
    alternates: alternates(locale, `/articles/${slug}/worksheet`),
  };
}

export default async function WorksheetPage({ params }: PageProps<'/[locale]/articles/[slug]/worksheet'>) {
  const { locale, slug } = await params;
  const article = getReaderArticle(slug);
  if (!article || article.status !== 'published' || !isLocale(locale)) notFound();
  setRequestLocale(locale);
  const { Worksheet: labels, Assign } = await getMessages();
  // Only what the worksheet prints: the texts, each paragraph's terms, and the terms' data
  // with the Korean definition (the matching exercise's meanings).
  const data: WorksheetArticle = {
    slug,
    paragraphs: article.paragraphs.map((p) => ({ id: p.id, text: p.text, terms: p.terms })),
    terms: quizTerms(article).map(({ def, pos: _pos, ...term }) => ({ ...term, def: { ko: def.ko } })),
  };
  return (
    <Island
      name="Worksheet"
      props={{
        article: data,
        locale,
        headline: article.headline[locale],
        reader: localePath(locale, `/articles/${slug}`),
        labels,
        notices: { params: Assign.params, reasons: Assign.reasons },
      }}
    />
  );
}
