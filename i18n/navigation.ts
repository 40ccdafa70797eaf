import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

// Only getPathname: links are resolved on the server (app/_components/layout/LocaleLink.tsx)
// so that next-intl's client runtime stays out of the browser.
export const { getPathname } = createNavigation(routing);
