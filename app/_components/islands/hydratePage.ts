import type { ComponentType } from 'preact';
import type { PAGE_ISLAND_NAMES } from './pageIslandNames';
import { hydrateElement } from './start';

// The second module of the pages with an island of their own (the builder and "Create a class"
// on /teach, the worksheet, the review; scripts/islands.ts adds it to those pages only), with a
// Preact of its own, so that the module every other page loads stays as small as it was. Each
// island is a chunk of its own, loaded only where the page holds it (and preloaded there by
// scripts/islands.ts), so the builder's page does not carry the review's scheduler. The other
// islands on these pages are hydrate.ts's.
const LOADERS = {
  AssignmentBuilder: () => import('@/app/_components/assign/builder/AssignmentBuilder'),
  ClassCreate: () => import('@/app/_components/classes/ClassCreate'),
  Review: () => import('@/app/_components/review/Review'),
  Worksheet: () => import('@/app/_components/assign/worksheet/Worksheet'),
} satisfies Record<(typeof PAGE_ISLAND_NAMES)[number], () => Promise<{ default: unknown }>>;

for (const element of document.querySelectorAll<HTMLElement>('[data-island]')) {
  const name = element.dataset.island ?? '';
  if (!Object.hasOwn(LOADERS, name)) continue;
  LOADERS[name as keyof typeof LOADERS]()
    .then(({ default: Component }) => hydrateElement(element, Component as unknown as ComponentType<object>))
    .catch((error: unknown) => reportError(new Error(`island ${name} did not load`, { cause: error })));
}
