// The content languages, kept apart from schema.ts so that client islands can import them
// without pulling zod into the browser bundle.
export const LANGS = ['en', 'ko', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** The HTML `lang` value for text in each content language. */
export const HTML_LANG: Record<Lang, string> = { en: 'en', ko: 'ko', zh: 'zh-Hans' };
