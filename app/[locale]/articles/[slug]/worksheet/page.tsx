import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import PrintButton from '@/app/_components/assign/PrintButton';
import Link from '@/app/_components/layout/LocaleLink';
import { isLocale } from '@/i18n/routing';
import { buildMatching, chooseSentences, letter, shuffle, seeded } from '@/lib/assign/exercises';
import { assignmentKey, formatDue, parseAssignment } from '@/lib/assign/params';
import { quizTerms } from '@/lib/assign/quizTerms';
import { alternates } from '@/lib/content/alternates';
import { getReaderArticle } from '@/lib/content/load';
import { HTML_LANG, type Lang } from '@/lib/content/schema';
import { fill } from '@/lib/i18n/fill';

// The printable worksheet of an assignment: the same parameters as the reader's link. It is
// rendered per request (it depends on them); the reader itself stays prerendered.
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

const MAX_TERMS_FROM_TEXT = 10;

export default async function WorksheetPage({
  params,
  searchParams,
}: PageProps<'/[locale]/articles/[slug]/worksheet'>) {
  const { locale, slug } = await params;
  const article = getReaderArticle(slug);
  if (!article || article.status !== 'published' || !isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Worksheet');
  const { Assign: assignLabels } = await getMessages();

  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') search.set(key, first);
  }
  const { assignment, notices } = parseAssignment(search, {
    paragraphs: article.paragraphs.length,
    terms: new Set(article.terms.map((term) => term.id)),
  });
  const langs: Lang[] = assignment?.show ?? ['en'];
  const numbers = assignment?.paras ?? article.paragraphs.map((_, i) => i + 1);
  const paragraphs = numbers.map((n) => ({ n, p: article.paragraphs[n - 1]! }));
  const pool = quizTerms(article);
  const byId = new Map(pool.map((term) => [term.id, term]));
  const chosen = assignment?.focus.flatMap((id) => byId.get(id) ?? []) ?? [];
  const fromText = chosen.length === 0;
  const focus = fromText
    ? [...new Set(paragraphs.flatMap(({ p }) => p.terms))]
        .slice(0, MAX_TERMS_FROM_TEXT)
        .flatMap((id) => byId.get(id) ?? [])
    : chosen;
  const seed = assignment ? assignmentKey(slug, assignment) : slug;
  const matching = buildMatching(focus, seed);
  const sentences = chooseSentences(focus, numbers);
  const blanks = focus.flatMap((term) => {
    const sentence = sentences.get(term.id);
    return sentence ? [{ term, sentence }] : [];
  });
  const bank = shuffle(
    blanks.map((b) => b.sentence.answer),
    seeded(`bank:${seed}`),
  );
  const title = assignment?.title ?? article.headline[locale];

  return (
    <article className="worksheet">
      <div className="ws-tools">
        <Link href={`/articles/${slug}${search.size ? `?${search}` : ''}`}>{t('back')}</Link>
        <PrintButton label={t('print')} />
      </div>
      {notices.length > 0 && (
        <div className="assign-notices ws-tools" role="status">
          <p>{t('notices')}</p>
          <ul>
            {notices.map((n) => (
              <li key={`${n.param}-${n.reason}`}>
                {fill(assignLabels.reasons[n.reason], { param: assignLabels.params[n.param] })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <header className="ws-head">
        <p className="ws-kind">{t('kind')}</p>
        <h1>{title}</h1>
        {assignment?.title && <p className="ws-source">{t('source', { headline: article.headline[locale] })}</p>}
        <dl className="ws-fields">
          <div>
            <dt>{t('name')}</dt>
            <dd />
          </div>
          <div>
            <dt>{t('class')}</dt>
            <dd />
          </div>
          <div>
            <dt>{t('date')}</dt>
            <dd />
          </div>
        </dl>
        {assignment?.due && (
          <p className="ws-due">
            <time dateTime={assignment.due}>{t('due', { date: formatDue(assignment.due, locale) })}</time>
          </p>
        )}
        {assignment?.note && (
          <div className="ws-note">
            <h2>{t('instructions')}</h2>
            <p>{assignment.note}</p>
          </div>
        )}
      </header>

      <section className="ws-reading" aria-labelledby="ws-reading">
        <h2 id="ws-reading">{t('reading')}</h2>
        {paragraphs.map(({ n, p }) => (
          <div key={p.id} className="ws-para" data-langs={langs.length}>
            <p className="ws-n">{t('paragraphN', { n })}</p>
            {langs.map((lang) => (
              <p key={lang} lang={HTML_LANG[lang]}>
                {p.text[lang]}
              </p>
            ))}
          </div>
        ))}
      </section>

      {focus.length === 0 ? (
        <p>{t('noExercises')}</p>
      ) : (
        <>
          <section className="ws-glossary" aria-labelledby="ws-glossary">
            <h2 id="ws-glossary">{t('glossary')}</h2>
            {fromText && <p className="hint">{t('termsFromText')}</p>}
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('english')}</th>
                  <th scope="col">{t('korean')}</th>
                  <th scope="col">{t('hanja')}</th>
                  <th scope="col">{t('chinese')}</th>
                  <th scope="col">{t('pinyin')}</th>
                </tr>
              </thead>
              <tbody>
                {focus.map((term) => (
                  <tr key={term.id}>
                    <th scope="row" lang="en">
                      {term.en}
                    </th>
                    <td lang="ko">{term.ko}</td>
                    <td lang="ko">{term.hanja ?? ''}</td>
                    <td lang="zh-Hans">{term.zh}</td>
                    <td lang="zh-Latn-pinyin">{term.pinyin}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section className="ws-exercise" aria-labelledby="ws-match">
            <h2 id="ws-match">{t('match')}</h2>
            <p className="hint">{t('matchHow')}</p>
            <div className="ws-match">
              <ol>
                {matching.terms.map((term) => (
                  <li key={term.id}>
                    <span className="ws-answer-line" aria-hidden="true" /> <span lang="en">{term.en}</span>
                  </li>
                ))}
              </ol>
              <ol type="A">
                {matching.meanings.map((term) => (
                  <li key={term.id} lang="ko">
                    {term.ko}
                    {term.hanja ? ` (${term.hanja})` : ''}: {term.def.ko}
                  </li>
                ))}
              </ol>
            </div>
          </section>

          {blanks.length > 0 && (
            <section className="ws-exercise" aria-labelledby="ws-blanks">
              <h2 id="ws-blanks">{t('blanks')}</h2>
              <p className="hint">{t('blanksHow')}</p>
              <p className="ws-bank">
                <strong>{t('wordBank')}:</strong>{' '}
                {bank.map((word, i) => (
                  <span key={i} lang="en" className="ws-word">
                    {word}
                  </span>
                ))}
              </p>
              <ol className="ws-blanks">
                {blanks.map(({ term, sentence }) => (
                  <li key={term.id} lang="en">
                    {sentence.before}
                    <span className="ws-gap">{'_'.repeat(Math.max(10, sentence.answer.length + 4))}</span>
                    {sentence.after} <span className="ws-ref">({t('paragraphN', { n: sentence.paragraph })})</span>
                  </li>
                ))}
              </ol>
            </section>
          )}

          <section className="ws-key" aria-labelledby="ws-key">
            <h2 id="ws-key">{t('answers')}</h2>
            <h3>{t('match')}</h3>
            <ol className="ws-key-list">
              {matching.terms.map((term, i) => (
                <li key={term.id}>
                  <span lang="en">{term.en}</span> → {letter(matching.key[i]!)} (<span lang="ko">{term.ko}</span>)
                </li>
              ))}
            </ol>
            {blanks.length > 0 && (
              <>
                <h3>{t('blanks')}</h3>
                <ol className="ws-key-list">
                  {blanks.map(({ term, sentence }) => (
                    <li key={term.id} lang="en">
                      {sentence.answer}
                    </li>
                  ))}
                </ol>
              </>
            )}
          </section>
        </>
      )}
    </article>
  );
}
