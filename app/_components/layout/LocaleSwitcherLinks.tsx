'use client';

import { useLocale } from 'next-intl';
import { HTML_LANG } from '@/lib/content/schema';
import { Link, usePathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';

type Props = { label: string; names: Record<(typeof routing.locales)[number], string> };

// Plain links, not a select: they work without JavaScript, and visiting a locale sets
// the NEXT_LOCALE cookie (proxy.ts), so `/` remembers the choice.
export default function LocaleSwitcherLinks({ label, names }: Props) {
  const pathname = usePathname();
  const current = useLocale();
  return (
    <nav aria-label={label} className="locale-switcher">
      <ul>
        {routing.locales.map((locale) => (
          <li key={locale}>
            <Link
              href={pathname}
              locale={locale}
              lang={HTML_LANG[locale]}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
            >
              {names[locale]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
