import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

// Redirects `/` to the best locale (cookie from the language switcher first, then
// Accept-Language) and keeps the NEXT_LOCALE cookie in sync with the locale visited.
export default createMiddleware(routing);

export const config = {
  // Every path except Next's own assets, API routes and files with an extension.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
