import { getTranslations } from 'next-intl/server';
import type { Term } from '@/lib/terms/lexicon';

type Props = { id: string; n: number; terms: Term[] };

/** The Korean glossary of one paragraph: its English terms with Korean, Hanja and a line of
 *  Korean explanation, for Korean readers of the English original. */
export default async function ParagraphGlossary({ id, n, terms }: Props) {
  const t = await getTranslations('Terms');
  if (terms.length === 0) return null;
  return (
    <aside className="gloss" id={`${id}-gloss`} aria-label={t('glossaryFor', { n })}>
      <p className="gloss-title">{t('glossary')}</p>
      <dl>
        {terms.map((term) => (
          <div key={term.id} className="gloss-item" data-term={term.id}>
            <dt lang="en">{term.en}</dt>
            <dd>
              <span lang="ko" className="gloss-ko">
                {term.ko.term}
              </span>
              {term.ko.hanja && (
                <span lang="ko" className="gloss-hanja">
                  {' '}
                  {term.ko.hanja}
                </span>
              )}
              <span lang="ko" className="gloss-explain">
                {term.ko.explain}
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
