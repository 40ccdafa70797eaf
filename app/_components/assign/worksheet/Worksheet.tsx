'use client';

import { useEffect, useMemo } from 'react';
import type { Messages } from '@/global';
import { endPending } from '@/app/_components/islands/pending';
import { useSearch } from '@/app/_components/islands/useSearch';
import { parseAssignment, PARAMS } from '@/lib/assign/params';
import { worksheet, type WorksheetArticle } from '@/lib/assign/worksheet';
import { HTML_LANG, type Lang } from '@/lib/content/langs';
import { fill } from '@/lib/i18n/fill';
import LinkNotices from '../LinkNotices';
import Exercises from './Exercises';
import WorksheetHead from './WorksheetHead';

type Props = {
  article: WorksheetArticle;
  locale: Lang;
  /** The headline in the interface language. */
  headline: string;
  /** The reader's path in this locale, without a query. */
  reader: string;
  labels: Messages['Worksheet'];
  /** How the reader names a parameter that was left out, and why. */
  notices: Pick<Messages['Assign'], 'params' | 'reasons'>;
};

/**
 * The printable worksheet (an island of the worksheet page). The page is prerendered with the
 * worksheet of the whole article; in the browser this reads the link's assignment and prints
 * what it asks for. Until then the head script keeps the page hidden (globals.css), so the
 * default worksheet does not show and shift away.
 */
export default function Worksheet({ article, locale, headline, reader, labels, notices: names }: Props) {
  const search = useSearch();
  const link = useMemo(() => {
    const params = new URLSearchParams(search ?? '');
    if (search === null || !PARAMS.some((p) => params.has(p))) return null;
    const context = { paragraphs: article.paragraphs.length, terms: new Set(article.terms.map((t) => t.id)) };
    return { search, parsed: parseAssignment(params, context) };
  }, [search, article]);

  useEffect(() => {
    if (search !== null) endPending();
  }, [search]);

  const assignment = link?.parsed.assignment ?? null;
  const sheet = worksheet(article, assignment);
  const notices = link?.parsed.notices ?? [];

  return (
    <article className="worksheet">
      <div className="ws-tools">
        <a href={`${reader}${link?.search ?? ''}`}>{labels.back}</a>
        <button type="button" className="pill primary" onClick={() => window.print()}>
          {labels.print}
        </button>
      </div>
      <LinkNotices notices={notices} title={labels.notices} names={names} className="assign-notices ws-tools" />
      <WorksheetHead assignment={assignment} headline={headline} locale={locale} labels={labels} />

      <section className="ws-reading" aria-labelledby="ws-reading">
        <h2 id="ws-reading">{labels.reading}</h2>
        {sheet.paragraphs.map(({ n, p }) => (
          <div key={p.id} className="ws-para" data-langs={sheet.langs.length}>
            <p className="ws-n">{fill(labels.paragraphN, { n })}</p>
            {sheet.langs.map((lang) => (
              <p key={lang} lang={HTML_LANG[lang]}>
                {p.text[lang]}
              </p>
            ))}
          </div>
        ))}
      </section>

      <Exercises sheet={sheet} labels={labels} />
    </article>
  );
}
