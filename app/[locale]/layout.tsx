import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import Island from '@/app/_components/islands/Island';
import LocaleSwitcher from '@/app/_components/layout/LocaleSwitcher';
import Link from '@/app/_components/layout/LocaleLink';
import { isLocale, localePath, routing } from '@/i18n/routing';
import { HTML_LANG } from '@/lib/content/schema';
import { bootScript } from '@/lib/reader/bootScript';

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    // Absolute URLs for canonical and hreflang links; set SITE_URL where the site is served.
    metadataBase: new URL(process.env.SITE_URL ?? 'http://localhost:3000'),
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('description'),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Layout');
  const tt = await getTranslations('Teach');
  const tw = await getTranslations('Words');
  const tr = await getTranslations('Review');
  const { Display: displayLabels } = await getMessages();

  return (
    <html lang={HTML_LANG[locale]}>
      <head>
        <script id="boot" dangerouslySetInnerHTML={{ __html: bootScript }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <header className="site-header">
          <Link href="/" className="site-name">
            {t('home')}
          </Link>
          <nav className="site-nav" aria-label={t('sections')}>
            <Link href="/words">{tw('nav')}</Link>
            <Island
              name="ReviewLink"
              props={{ href: localePath(locale, '/words/review'), label: tr('nav'), dueLabel: tr.raw('due') as string }}
            />
            <Link href="/teach">{tt('nav')}</Link>
          </nav>
          <Island name="DisplaySettings" props={{ labels: displayLabels }} />
          <LocaleSwitcher />
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
