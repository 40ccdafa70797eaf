import NextLink from 'next/link';
import { getLocale } from 'next-intl/server';
import type { ComponentProps } from 'react';
import { localePath, type Locale } from '@/i18n/routing';

type Props = Omit<ComponentProps<typeof NextLink>, 'href'> & { href: string };

// A link within the current locale, resolved on the server. next-intl's own Link is a client
// component that needs NextIntlClientProvider and its runtime in the browser; Next's Link is
// already in the framework bundle, so this keeps next-intl out of the client JavaScript.
export default async function LocaleLink({ href, ...props }: Props) {
  const locale = (await getLocale()) as Locale;
  // No prefetching: the pages are static and small to fetch on a click, and a reader on a
  // weak connection should not download every linked page (the library links to all articles).
  return <NextLink href={localePath(locale, href)} prefetch={false} {...props} />;
}
