import glossary from './pages/glossary';
import library from './pages/library';
import reader from './pages/reader';
import words from './pages/words';

/**
 * The pages served without the framework's runtime, each with the client components it
 * holds, by name. The server renders each component inside an <Island> (Island.tsx); in the
 * browser, the page's own module (scripts/islands.ts bundles one per page kind from
 * hydrate.ts) brings them to life with Preact from that name and the props written beside it.
 */
export const PAGES = { reader, library, glossary, words };

export type PageKind = keyof typeof PAGES;

/** Every island, by name. */
export const ISLANDS = { ...reader, ...library, ...glossary, ...words };

export type IslandName = keyof typeof ISLANDS;
