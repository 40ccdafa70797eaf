import { getTranslations } from 'next-intl/server';
import type { Term } from '@/lib/terms/lexicon';
import TermCardBody from './TermCardBody';

type Props = { terms: Term[] };

/** One popover definition per term in the article, opened by its MarkRef buttons. */
export default async function TermCards({ terms }: Props) {
  const t = await getTranslations('Terms');
  return terms.map((term) => (
    <div
      key={term.id}
      id={`term-${term.id}`}
      popover="auto"
      role="dialog"
      aria-labelledby={`term-${term.id}-title`}
      className="card"
    >
      <TermCardBody term={term} headingId={`term-${term.id}-title`} />
      <button type="button" className="card-close" popoverTarget={`term-${term.id}`} popoverTargetAction="hide">
        {t('close')}
      </button>
    </div>
  ));
}
