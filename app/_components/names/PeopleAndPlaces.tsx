import { getTranslations } from 'next-intl/server';
import type { NameCard } from '@/lib/names/card';
import NameCardBody from './NameCardBody';

type Props = { names: NameCard[] };

/** Every name card of the article at once. */
export default async function PeopleAndPlaces({ names }: Props) {
  const t = await getTranslations('Names');
  return (
    <section className="people" aria-labelledby="people-title">
      <h2 id="people-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <ul className="people-list">
        {names.map((name) => (
          <li key={name.id} className="people-item">
            <NameCardBody name={name} headingId={`people-${name.id}`} />
          </li>
        ))}
      </ul>
    </section>
  );
}
