import { hydrateIslands } from './hydrate';
import { REVIEW_ISLANDS } from './registry-review';

// The islands module of the review page: its own, so that the scheduler (ts-fsrs) and the
// review never reach the other pages, and the reader's islands never reach this one.
hydrateIslands(REVIEW_ISLANDS);
