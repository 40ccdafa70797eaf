import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale } from '@/i18n/routing';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import Island from '@/app/_components/islands/Island';
import { alternates } from '@/lib/content/alternates';

export async function generateMetadata({ params }: PageProps<'/[locale]/words'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Words' });
  return { title: t('title'), description: t('intro'), alternates: alternates(locale, '/words') };
}

export default async function WordsPage({ params }: PageProps<'/[locale]/words'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Words');
  const { Words: labels } = await getMessages();
  return (
    <div className="words">
      <h1>{t('title')}</h1>
      <p className="intro">{t('intro')}</p>
      <Island name="MyWords" props={{ labels }} />
    </div>
  );
}
