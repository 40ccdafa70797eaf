import { getTranslations } from 'next-intl/server';
import PopoverCard from '@/app/_components/reader/PopoverCard';
import type { Term } from '@/lib/terms/lexicon';
import TermCardBody from './TermCardBody';

type Props = { terms: Term[] };

/** One popover definition per term in the article, opened by its MarkRef buttons. */
export default async function TermCards({ terms }: Props) {
  const t = await getTranslations('Terms');
  return terms.map((term) => (
    <PopoverCard key={term.id} id={`term-${term.id}`} closeLabel={t('close')}>
      <TermCardBody term={term} headingId={`term-${term.id}-title`} />
    </PopoverCard>
  ));
}
