/** Display preferences a reader sets once for every page: colour theme and text size. */
export const THEMES = ['system', 'light', 'dark'] as const;
export const SIZES = ['s', 'm', 'l', 'xl'] as const;
export type Theme = (typeof THEMES)[number];
export type Size = (typeof SIZES)[number];

export const THEME_KEY = 'reader.theme';
export const SIZE_KEY = 'reader.size';

export const parseTheme = (v: string | null | undefined): Theme =>
  (THEMES as readonly string[]).includes(v ?? '') ? (v as Theme) : 'system';
export const parseSize = (v: string | null | undefined): Size =>
  (SIZES as readonly string[]).includes(v ?? '') ? (v as Size) : 'm';

/** Which characters the Chinese text uses: Simplified (the default) or Traditional. */
export const SCRIPT_KEY = 'reader.zh';
export type Script = 'hans' | 'hant';
export const parseScript = (v: string | null | undefined): Script => (v === 'hant' ? 'hant' : 'hans');
