import { getTranslations } from 'next-intl/server';
import Link from '@/app/_components/layout/LocaleLink';

// Note that app/[locale]/[...rest]/page.tsx is necessary for this page to render
// for unknown paths; unknown article slugs reach it through notFound().
export default async function NotFound() {
  const t = await getTranslations('NotFound');
  return (
    <div className="not-found">
      <title>{t('title')}</title>
      <h1>{t('title')}</h1>
      <p>{t('description')}</p>
      <p>
        <Link href="/">{t('back')}</Link>
      </p>
    </div>
  );
}
