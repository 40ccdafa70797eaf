import { getTranslations } from 'next-intl/server';
import type { NameCard } from '@/lib/names/card';
import NameCardBody from './NameCardBody';

type Props = { names: NameCard[] };

/** One popover card per name in the article, opened by its NameRef buttons. */
export default async function NameCards({ names }: Props) {
  const t = await getTranslations('Names');
  return names.map((name) => (
    <div
      key={name.id}
      id={`name-${name.id}`}
      popover="auto"
      role="dialog"
      aria-labelledby={`name-${name.id}-title`}
      className="card"
    >
      <NameCardBody name={name} headingId={`name-${name.id}-title`} />
      <button type="button" className="card-close" popoverTarget={`name-${name.id}`} popoverTargetAction="hide">
        {t('close')}
      </button>
    </div>
  ));
}
