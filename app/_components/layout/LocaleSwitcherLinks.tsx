'use client';

import { useLocale } from 'next-intl';
import { HTML_LANG } from '@/lib/content/schema';
import { usePathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';

type Props = { label: string; names: Record<(typeof routing.locales)[number], string> };

// Plain <a> elements, not the router's Link: another locale means another root layout
// (<html lang>), which needs a full page load so the head script runs again. They also work
// without JavaScript, and the proxy sets the NEXT_LOCALE cookie on arrival, so `/` remembers.
export default function LocaleSwitcherLinks({ label, names }: Props) {
  const pathname = usePathname();
  const current = useLocale();
  const rest = pathname === '/' ? '' : pathname;
  return (
    <nav aria-label={label} className="locale-switcher">
      <ul>
        {routing.locales.map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}${rest}`}
              lang={HTML_LANG[locale]}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
            >
              {names[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
