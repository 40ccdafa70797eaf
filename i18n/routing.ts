import { defineRouting } from 'next-intl/routing';
import { LANGS, type Lang } from '@/lib/content/langs';

// The interface locales are the content languages (lib/content/langs.ts, the one list):
// every interface string and every piece of content is keyed by the same three.
export const routing = defineRouting({
  locales: LANGS,
  defaultLocale: 'en',
  // The pages carry hreflang alternates in their <head> (generateMetadata); a Link header on
  // every response would repeat the requested path three times, however long it is.
  alternateLinks: false,
});

export type Locale = Lang;

/**
 * Whether `value` is an interface locale. next-intl's own hasLocale lives in its root entry,
 * which also exports its client provider: importing it from a server component puts the
 * provider and the ICU message parser (about 13 KB compressed) into every page's JavaScript.
 */
export function isLocale(value: unknown): value is Locale {
  return (routing.locales as readonly unknown[]).includes(value);
}

/** A path within a locale: `/articles/x` in `ko` → `/ko/articles/x` (every locale is prefixed). */
export function localePath(locale: Locale, href: string): string {
  return href === '/' ? `/${locale}` : `/${locale}${href}`;
}
