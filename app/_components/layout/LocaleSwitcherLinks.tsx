'use client';

import { usePathname } from 'next/navigation';
import { HTML_LANG, LANGS, type Lang } from '@/lib/content/langs';

type Props = { label: string; names: Record<Lang, string>; current: Lang };

// Plain <a> elements, not the router's Link: another locale means another root layout
// (<html lang>), which needs a full page load so the head script runs again. They also work
// without JavaScript, and the proxy sets the NEXT_LOCALE cookie on arrival, so `/` remembers.
export default function LocaleSwitcherLinks({ label, names, current }: Props) {
  // The path after the locale segment: /ko/articles/x → /articles/x.
  const rest = usePathname().replace(/^\/[^/]+/, '');
  return (
    <nav aria-label={label} className="locale-switcher">
      <ul>
        {LANGS.map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}${rest}`}
              lang={HTML_LANG[locale]}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
              // An assignment link keeps its parameters in another interface language.
              onClick={(e) => {
                e.currentTarget.href = `/${locale}${rest}${location.search}${location.hash}`;
              }}
            >
              {names[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
