import { PAGE_ISLANDS } from './pageIslands';
import { hydrateIslands } from './start';

// The second module of the builder and the worksheet (scripts/islands.ts adds it to those
// pages only): their own islands, with a Preact of their own, so that the module every other
// page loads stays as small as it was. The other islands on these pages are hydrate.ts's.
hydrateIslands(PAGE_ISLANDS, (name) => !(name in PAGE_ISLANDS));
