import type { Metadata } from 'next';
import { getMessages, getTranslations } from 'next-intl/server';
import Island from '@/app/_components/islands/Island';
import { localePath } from '@/i18n/routing';
import { quizTerms } from '@/lib/assign/quizTerms';
import type { WorksheetArticle } from '@/lib/assign/worksheet';
import { publishedSlugs } from '@/lib/content/load';
import { articleMetadata, articlePage } from '../articlePage';

// The printable worksheet of an assignment: the same parameters as the reader's link. Like the
// reader, it is prerendered (here with the worksheet of the whole article) and its island
// applies the link's parameters in the browser.

export const dynamicParams = false;

export const generateStaticParams = publishedSlugs;

// One worksheet per article for search engines (its canonical URL), whatever the assignment's parameters.
export function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]/worksheet'>): Promise<Metadata> {
  return articleMetadata(params, '/worksheet', async ({ article, locale }) => {
    const t = await getTranslations({ locale, namespace: 'Worksheet' });
    return { title: `${t('kind')}: ${article.headline[locale]}`, description: article.paragraphs[0]?.text[locale] };
  });
}

export default async function WorksheetPage({ params }: PageProps<'/[locale]/articles/[slug]/worksheet'>) {
  const { article, locale, slug } = await articlePage(params);
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
