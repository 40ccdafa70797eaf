import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import WordOrder from '@/app/_components/align/WordOrder';
import Island from '@/app/_components/islands/Island';
import Link from '@/app/_components/layout/LocaleLink';
import { LANGS, type Lang } from '@/lib/content/langs';
import { publishedSlugs } from '@/lib/content/load';
import { CLASS } from '@/lib/reader/dom';
import { alignmentText } from '@/lib/reader/align';
import { articleMetadata, articlePage } from '../articlePage';

// The whole article's word order (#16): every paragraph's three sentences stacked, phrases
// numbered by group. Served without the framework's runtime, like the glossary page
// (scripts/islands.ts), with the highlight and copy islands.
export const dynamicParams = false;

export const generateStaticParams = publishedSlugs;

export function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]/word-order'>): Promise<Metadata> {
  return articleMetadata(params, '/word-order', async ({ article, locale }) => {
    const t = await getTranslations({ locale, namespace: 'Align' });
    return { title: t('pageTitle', { headline: article.headline[locale] }), description: t('pageIntro') };
  });
}

export default async function WordOrderPage({ params }: PageProps<'/[locale]/articles/[slug]/word-order'>) {
  const { article, locale, slug } = await articlePage(params);
  const t = await getTranslations('Align');
  const ta = await getTranslations('Article');
  const tl = await getTranslations('Languages');
  const names = Object.fromEntries(LANGS.map((lang) => [lang, tl(lang)])) as Record<Lang, string>;
  const whole = article.paragraphs
    .flatMap((p, i) => (p.align ? [`${ta('paragraph', { n: i + 1 })}\n${alignmentText(p.align, names)}`] : []))
    .join('\n\n');
  return (
    <div className="word-order-page">
      <p className="back">
        <Link href={`/articles/${slug}`}>{t('back')}</Link>
      </p>
      <h1>{t('pageTitle', { headline: article.headline[locale] })}</h1>
      <p>{t('pageIntro')}</p>
      {whole && (
        <Island
          name="CopyAlignment"
          props={{ text: whole, label: t('copyAll'), copied: t('copied'), failed: t('copyFailed') }}
        />
      )}
      {article.paragraphs.map((p, i) => (
        <section key={p.id} className={CLASS.wordOrder} data-align="" aria-labelledby={`wo-${p.id}`}>
          <h2 id={`wo-${p.id}`}>
            <Link href={`/articles/${slug}#${p.id}`}>{ta('paragraph', { n: i + 1 })}</Link>
          </h2>
          {p.align ? <WordOrder align={p.align} names={names} /> : <p>{t('notAligned')}</p>}
        </section>
      ))}
      <Island name="PhraseHighlight" props={{}} />
    </div>
  );
}
