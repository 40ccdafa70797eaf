import DisplaySettings from '@/app/_components/layout/DisplaySettings';
import LocaleSwitcherLinks from '@/app/_components/layout/LocaleSwitcherLinks';
import ReviewLink from '@/app/_components/review/ReviewLink';

/** The header's islands, on every page kind (app/[locale]/layout.tsx). */
export const HEADER_ISLANDS = { DisplaySettings, LocaleSwitcherLinks, ReviewLink };
