import type { ComponentType } from 'react';

/** The prerendered pages served without the framework's runtime (scripts/islands.ts), by kind. */
export const PAGE_KINDS = [
  'library',
  'reader',
  'glossary',
  'wordOrder',
  'words',
  'review',
  'teach',
  'worksheet',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The header's islands, on every page (app/[locale]/layout.tsx). */
const HEADER = ['DisplaySettings', 'LocaleSwitcherLinks', 'ReviewLink'] as const;

/**
 * The islands each page kind holds, by name. Each kind's entry (pages/<kind>.ts) hydrates
 * exactly these, and scripts/islands.ts refuses to serve a page that holds any other: a page
 * kind's module carries only what that page needs, so the review's scheduler or the builder
 * reach no other page.
 */
export const PAGE_ISLANDS = {
  library: [...HEADER, 'ContinueReading'],
  reader: [
    ...HEADER,
    'AssignmentBanner',
    'AssignmentCheck',
    'CardHost',
    'ClassJoin',
    'CopyAlignment',
    'LanguageBar',
    'ParagraphControls',
    'ParagraphListen',
    'PhraseHighlight',
    'ReaderKeys',
    'SaveWords',
  ],
  glossary: [...HEADER, 'GlossarySearch'],
  wordOrder: [...HEADER, 'CopyAlignment', 'PhraseHighlight'],
  words: [...HEADER, 'MyWords'],
  review: [...HEADER, 'Review'],
  teach: [...HEADER, 'AssignmentBuilder', 'ClassCreate'],
  worksheet: [...HEADER, 'Worksheet'],
} as const satisfies Record<PageKind, readonly string[]>;

/** A page kind's islands as its entry hands them to hydrateIslands: a component for each name. */
export type IslandsOf<K extends PageKind> = Record<(typeof PAGE_ISLANDS)[K][number], ComponentType<never>>;
