import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import ClassDashboard from '@/app/_components/classes/ClassDashboard';
import { isLocale } from '@/i18n/routing';
import type { DashboardData } from '@/lib/classes/dashboard';
import { classByKey, dashboard } from '@/lib/classes/service';

// A class's results, for the teacher whose link holds the key. Rendered per request, never
// cached or indexed; next.config.js adds Referrer-Policy: no-referrer and X-Robots-Tag to its
// responses. A wrong or deleted key is the site's ordinary 404.
export const dynamic = 'force-dynamic';

type Loaded = { status: 'ok'; data: DashboardData } | { status: 'missing' } | { status: 'unavailable' };

async function load(key: string): Promise<Loaded> {
  try {
    const cls = await classByKey(key);
    return cls ? { status: 'ok', data: await dashboard(cls) } : { status: 'missing' };
  } catch {
    return { status: 'unavailable' };
  }
}

export async function generateMetadata({ params }: PageProps<'/[locale]/classes/[key]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Classes' });
  return { title: t('kicker'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

export default async function ClassPage({ params }: PageProps<'/[locale]/classes/[key]'>) {
  const { locale, key } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const loaded = await load(key);
  if (loaded.status === 'missing') notFound();
  const { Classes: labels } = await getMessages();
  if (loaded.status === 'unavailable') {
    return (
      <div className="class-dashboard">
        <h1>{labels.kicker}</h1>
        <p role="alert">{labels.unavailable}</p>
      </div>
    );
  }
  return <ClassDashboard initial={loaded.data} classKey={key} locale={locale} labels={labels} />;
}
