import { defineRouting } from 'next-intl/routing';

// The only list of interface locales. Content is keyed by the same three.
export const routing = defineRouting({
  locales: ['en', 'ko', 'zh'],
  defaultLocale: 'en',
  // The pages carry hreflang alternates in their <head> (generateMetadata); a Link header on
  // every response would repeat the requested path three times, however long it is.
  alternateLinks: false,
});
