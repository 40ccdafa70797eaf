import AssignmentBuilder from '@/app/_components/assign/builder/AssignmentBuilder';
import Worksheet from '@/app/_components/assign/worksheet/Worksheet';
import ClassCreate from '@/app/_components/classes/ClassCreate';
import Review from '@/app/_components/review/Review';
import type { PAGE_ISLAND_NAMES } from './pageIslandNames';

/**
 * Islands that belong to one page each and are large for what the other pages load: the
 * assignment builder and "Create a class" (/teach), the worksheet and the review of saved words
 * (/words/review, which alone carries the scheduler, ts-fsrs). The server renders them inside an <Island>
 * like the ones in registry.ts; in the browser they come from a second module that only those
 * pages load (hydratePage.ts), so the shared islands module does not carry them.
 */
export const PAGE_ISLANDS = {
  AssignmentBuilder,
  ClassCreate,
  Review,
  Worksheet,
} satisfies Record<(typeof PAGE_ISLAND_NAMES)[number], unknown>;
