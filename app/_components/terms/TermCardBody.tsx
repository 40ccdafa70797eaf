import { getTranslations } from 'next-intl/server';
import type { Term } from '@/lib/terms/lexicon';

type Props = { term: Term; headingId: string; as?: 'h2' | 'h3' };

/** A term's definition in English with its Korean (and Hanja) and Chinese (and pinyin). */
export default async function TermCardBody({ term, headingId, as: Heading = 'h3' }: Props) {
  const t = await getTranslations('Terms');
  return (
    <>
      <Heading id={headingId} className="card-title" lang="en">
        {term.en}
      </Heading>
      <p className="card-role">
        <span className="card-kind">{t(term.pos)}</span> <span lang="en">{term.def}</span>
      </p>
      <dl className="card-forms">
        <dt>{t('korean')}</dt>
        <dd>
          <span lang="ko">{term.ko.term}</span>
          {term.ko.hanja && (
            <>
              {' '}
              <span className="card-note" lang="ko">
                {term.ko.hanja}
              </span>
            </>
          )}
        </dd>
        <dt>{t('chinese')}</dt>
        <dd>
          <span lang="zh-Hans">{term.zh.term}</span>{' '}
          <span className="card-note" lang="zh-Latn-pinyin">
            {term.pinyin}
          </span>
        </dd>
        {term.note && (
          <>
            <dt>{t('note')}</dt>
            <dd lang="en">{term.note}</dd>
          </>
        )}
        <dt>{t('example')}</dt>
        <dd lang="en" className="card-example">
          {term.example}
        </dd>
      </dl>
    </>
  );
}
