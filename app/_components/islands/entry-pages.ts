import { hydrateIslands } from './hydrate';
import { ISLANDS } from './registry';

// The islands module of the reader, the library, the glossary page and My words.
hydrateIslands(ISLANDS);
