/** The islands of pageIslands.ts, by name only: hydrate.ts leaves them to hydratePage.ts. */
export const PAGE_ISLAND_NAMES = ['AssignmentBuilder', 'ClassCreate', 'Review', 'Worksheet'] as const;
