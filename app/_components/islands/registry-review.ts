import DisplaySettings from '@/app/_components/layout/DisplaySettings';
import LocaleSwitcherLinks from '@/app/_components/layout/LocaleSwitcherLinks';
import Review from '@/app/_components/review/Review';
import ReviewLink from '@/app/_components/review/ReviewLink';

/**
 * The islands of the review page (/{locale}/words/review), by name: the header's and the
 * review's. scripts/islands.ts bundles them as a second module (entry-review.ts); Preact and
 * the header's islands are shared with the other pages' module as chunks.
 */
export const REVIEW_ISLANDS = { DisplaySettings, LocaleSwitcherLinks, Review, ReviewLink };
