import type { Metadata } from 'next';
import { ID } from '@/lib/reader/dom';
import { getMessages, getTranslations } from 'next-intl/server';
import { html } from '@/lib/html';
import { termCardBody } from '@/lib/reader/render';
import Link from '@/app/_components/layout/LocaleLink';
import Island from '@/app/_components/islands/Island';
import { publishedSlugs } from '@/lib/content/load';
import type { Lang } from '@/lib/content/schema';
import type { Term } from '@/lib/terms/lexicon';
import { searchKeys } from '@/lib/terms/search';
import { articleMetadata, articlePage } from '../articlePage';

export const dynamicParams = false;

export const generateStaticParams = publishedSlugs;

// Alphabetical in English, 가나다 in Korean, pinyin order in Chinese.
const ORDER: Record<Lang, (a: Term, b: Term) => number> = {
  en: (a, b) => a.en.localeCompare(b.en, 'en', { sensitivity: 'base' }),
  ko: (a, b) => a.ko.term.replace(/^~/, '').localeCompare(b.ko.term.replace(/^~/, ''), 'ko'),
  zh: (a, b) => new Intl.Collator('zh-Hans-u-co-pinyin').compare(a.zh.term, b.zh.term),
};

export function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]/glossary'>): Promise<Metadata> {
  return articleMetadata(params, '/glossary', async ({ article, locale }) => {
    const t = await getTranslations({ locale, namespace: 'Glossary' });
    return { title: t('title', { headline: article.headline[locale] }), description: t('intro') };
  });
}

export default async function GlossaryPage({ params }: PageProps<'/[locale]/articles/[slug]/glossary'>) {
  const { article, locale, slug } = await articlePage(params);
  const t = await getTranslations('Glossary');
  const terms = [...article.terms].sort(ORDER[locale]);
  const { Terms: termLabels } = await getMessages();
  // Static HTML: the search island filters it in place (lib/html.ts says why not elements).
  const items = html`${terms.map(
    (term) =>
      html`<li class="glossary-item" data-keys="${searchKeys(term)}" id="g-${term.id}">${termCardBody(term, termLabels, locale, `g-${term.id}-title`, 2)}</li>`,
  )}`;
  return (
    <div className="glossary-page">
      <p className="back">
        <Link href={`/articles/${slug}`}>{t('back')}</Link>
      </p>
      <h1>{t('title', { headline: article.headline[locale] })}</h1>
      <p>{t('intro')}</p>
      {/* Templates, not messages: the island fills in {shown}, {total} and {query}. */}
      <Island
        name="GlossarySearch"
        props={{
          label: t('search'),
          count: t.raw('count') as string,
          none: t.raw('none') as string,
          total: terms.length,
        }}
      />
      <ul className="glossary-list" id={ID.glossaryList} dangerouslySetInnerHTML={{ __html: items.value }} />
    </div>
  );
}
