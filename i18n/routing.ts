import { defineRouting } from 'next-intl/routing';

// The only list of interface locales. Content is keyed by the same three.
export const routing = defineRouting({
  locales: ['en', 'ko', 'zh'],
  defaultLocale: 'en',
});
