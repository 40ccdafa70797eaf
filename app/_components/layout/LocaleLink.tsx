import { getLocale } from 'next-intl/server';
import type { ComponentProps } from 'react';
import { localePath } from '@/i18n/routing';

type Props = Omit<ComponentProps<'a'>, 'href'> & { href: string };

// A link within the current locale, resolved on the server, as a plain <a>: every page is
// reached by a full page load, so each page always runs on its one client runtime (its Preact
// islands, see scripts/islands.ts). A client-side navigation would render a static page from
// its RSC payload with React instead: a second runtime for the same page, untested and heavier.
export default async function LocaleLink({ href, ...props }: Props) {
  const locale = await getLocale();
  return <a href={localePath(locale, href)} {...props} />;
}
