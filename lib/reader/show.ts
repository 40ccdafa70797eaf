import { LANGS, type Lang } from '@/lib/content/langs';

/** localStorage key of the reader's last global language choice. */
export const SHOW_KEY = 'reader.show';

/**
 * Reads a language list such as `en,ko` (the `?show=` parameter) or `en ko` (the
 * `data-show` attribute). Unknown and repeated codes are dropped; the result is in
 * reading order (en, ko, zh), or null when nothing valid is left.
 */
export function parseShow(value: string | null | undefined): Lang[] | null {
  if (!value) return null;
  const wanted = new Set(value.toLowerCase().split(/[\s,]+/));
  const langs = LANGS.filter((lang) => wanted.has(lang));
  return langs.length > 0 ? langs : null;
}

/** Turns `lang` on or off in `shown`; null when that would leave no language shown. */
export function toggleLang(shown: readonly Lang[], lang: Lang): Lang[] | null {
  const next = shown.includes(lang) ? shown.filter((l) => l !== lang) : [...shown, lang];
  return parseShow(next.join(' '));
}
