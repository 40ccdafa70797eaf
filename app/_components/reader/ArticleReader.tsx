import { getFormatter, getLocale, getMessages, getTranslations } from 'next-intl/server';
import { CLASS } from '@/lib/reader/dom';
import Island from '@/app/_components/islands/Island';
import Link from '@/app/_components/layout/LocaleLink';
import type { ReaderArticle } from '@/lib/content/load';
import { LANGS, type Lang } from '@/lib/content/schema';
import { html } from '@/lib/html';
import { langBlocks, nameCardBody, popoverCard, termCardBody } from '@/lib/reader/render';
import { localePath } from '@/i18n/routing';
import Paragraph from './Paragraph';

type Props = { article: ReaderArticle };

export default async function ArticleReader({ article }: Props) {
  const t = await getTranslations('Article');
  const tl = await getTranslations('Languages');
  const tr = await getTranslations('Reader');
  const tg = await getTranslations('Glossary');
  const format = await getFormatter();
  const locale = await getLocale();
  const {
    Assign: assignLabels,
    Names: nameLabels,
    Terms: termLabels,
    Keys: keyLabels,
    Words: wordLabels,
    ClassJoin: classLabels,
  } = await getMessages();
  const tn = await getTranslations('Names');
  // Cards and the list of names are static HTML (lib/html.ts): no hydration, no element tree
  // in the payload. There are dozens of cards.
  const cards = html`${article.names.map((name) =>
    popoverCard(`name-${name.id}`, nameLabels.close, nameCardBody(name, nameLabels, locale, `name-${name.id}-title`), {
      label: wordLabels.save,
      data: {
        key: `name:${name.id}`,
        en: name.en,
        ko: name.hangul,
        hanja: name.hanja,
        zh: name.zh.hans,
        pinyin: name.pinyin,
      },
    }),
  )}${article.terms.map((term) =>
    popoverCard(`term-${term.id}`, termLabels.close, termCardBody(term, termLabels, locale, `term-${term.id}-title`), {
      label: wordLabels.save,
      data: {
        key: `term:${term.id}`,
        en: term.en,
        ko: term.ko.term,
        hanja: term.ko.hanja,
        zh: term.zh.term,
        pinyin: term.pinyin,
      },
    }),
  )}`;
  const people = html`${article.names.map(
    (name) => html`<li class="people-item">${nameCardBody(name, nameLabels, locale, `people-${name.id}`)}</li>`,
  )}`;
  const names = Object.fromEntries(LANGS.map((lang) => [lang, tl(lang)])) as Record<Lang, string>;
  const terms = new Map(article.terms.map((term) => [term.id, term]));
  const aligned = article.paragraphs.some((p) => p.align);
  const ta = await getTranslations('Align');

  return (
    <article className="reader">
      <p className="back">
        <Link href="/">{t('back')}</Link>
      </p>
      <header className="reader-head">
        <h1
          dangerouslySetInnerHTML={{
            __html: html`${langBlocks(article.headline, 'span', undefined, article.headlineHant)}`.value,
          }}
        />
        <p className="meta">
          {article.byline && <span>{t('byline', { name: article.byline })}</span>}
          <time dateTime={article.published}>
            {t('published', {
              date: format.dateTime(new Date(article.published), {
                year: 'numeric',
                month: 'short',
                day: 'numeric',
                hour: '2-digit',
                minute: '2-digit',
                hourCycle: 'h23',
                timeZoneName: 'short',
              }),
            })}
          </time>
        </p>
        <Island
          name="LanguageBar"
          props={{
            slug: article.slug,
            label: tr('allParagraphs'),
            names,
            traditional: tr('traditional'),
            pronunciation: tr('pronunciation'),
          }}
        />
      </header>
      <Island
        name="AssignmentBanner"
        props={{
          slug: article.slug,
          locale,
          paragraphs: article.paragraphs.length,
          terms: article.terms.map((term) => term.id),
          labels: assignLabels,
        }}
      />
      <Island name="ClassJoin" props={{ slug: article.slug, labels: classLabels }} />
      {article.caption && (
        <div className="caption">
          <p className="caption-label">{t('photoCaption')}</p>
          <div
            className="caption-text"
            dangerouslySetInnerHTML={{
              __html: html`${langBlocks(article.caption, 'p', undefined, article.captionHant)}`.value,
            }}
          />
        </div>
      )}
      {article.paragraphs.map((paragraph, i) => (
        <Paragraph
          key={paragraph.id}
          paragraph={paragraph}
          n={i + 1}
          names={names}
          terms={terms}
          lead={i === 0 ? article.dateline : undefined}
        />
      ))}
      <Island
        name="AssignmentCheck"
        props={{
          slug: article.slug,
          headline: article.headline[locale],
          locale,
          paragraphs: article.paragraphs.length,
          labels: assignLabels,
        }}
      />
      <p className="glossary-link">
        <Link href={`/articles/${article.slug}/glossary`}>{tg('link')}</Link>
      </p>
      {aligned && (
        <p className="glossary-link">
          <Link href={`/articles/${article.slug}/word-order`}>{ta('pageLink')}</Link>
        </p>
      )}
      <section className="people" aria-labelledby="people-title">
        <h2 id="people-title">{tn('title')}</h2>
        <p>{tn('intro')}</p>
        <ul className="people-list" dangerouslySetInnerHTML={{ __html: people.value }} />
      </section>
      {/* Cards join .cards when first opened (CardHost). */}
      <template className={CLASS.cardTemplates} dangerouslySetInnerHTML={{ __html: cards.value }} />
      <div className={CLASS.cards} />
      <Island
        name="SaveWords"
        props={{
          labels: {
            saved: wordLabels.savedNotice,
            removed: wordLabels.removedNotice,
            full: wordLabels.storageFull,
            problem: wordLabels.unreadable,
          },
        }}
      />
      <Island
        name="ReaderKeys"
        props={{
          slug: article.slug,
          glossaryHref: localePath(locale, `/articles/${article.slug}/glossary`),
          labels: keyLabels,
        }}
      />
      <Island name="CardHost" props={{}} />
      {aligned && <Island name="PhraseHighlight" props={{}} />}
    </article>
  );
}
