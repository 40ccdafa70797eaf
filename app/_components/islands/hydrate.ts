import { PAGE_ISLAND_NAMES } from './pageIslandNames';
import { ISLANDS } from './registry';
import { hydrateIslands } from './start';

// The only script at load of the pages served without the framework (scripts/islands.ts
// bundles it with Preact): it brings the islands of registry.ts to life. The builder's and the
// worksheet's own islands are left to those pages' second module (hydratePage.ts).
hydrateIslands(ISLANDS, (name) => (PAGE_ISLAND_NAMES as readonly string[]).includes(name));
