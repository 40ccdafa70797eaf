import AssignmentBuilder from '@/app/_components/assign/builder/AssignmentBuilder';
import ClassCreate from '@/app/_components/classes/ClassCreate';

/**
 * Islands that belong to one page each and are large for what the other pages load: the
 * assignment builder and "Create a class" (/teach) and the worksheet. The server renders them inside an <Island>
 * like the ones in registry.ts, but the shared islands module does not carry them: hydrate.ts
 * loads each one's chunk only on a page that has it (its own list, which the compiler holds to
 * this one).
 */
export const PAGE_ISLANDS = {
  AssignmentBuilder,
  ClassCreate,
};

export type PageIslandName = keyof typeof PAGE_ISLANDS;
