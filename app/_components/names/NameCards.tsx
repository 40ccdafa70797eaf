import { getTranslations } from 'next-intl/server';
import PopoverCard from '@/app/_components/reader/PopoverCard';
import type { NameCard } from '@/lib/names/card';
import NameCardBody from './NameCardBody';

type Props = { names: NameCard[] };

/** One popover card per name in the article, opened by its MarkRef buttons. */
export default async function NameCards({ names }: Props) {
  const t = await getTranslations('Names');
  return names.map((name) => (
    <PopoverCard key={name.id} id={`name-${name.id}`} closeLabel={t('close')}>
      <NameCardBody name={name} headingId={`name-${name.id}-title`} />
    </PopoverCard>
  ));
}
