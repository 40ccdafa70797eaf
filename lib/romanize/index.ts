import { romanizeChinese } from './chinese';
import { romanizeKorean, type KoreanMode } from './korean';

export type Mode = KoreanMode;

/** Hangul → Revised Romanization, Chinese characters → pinyin, anything else unchanged. */
export function romanize(text: string, mode: Mode = 'word', hyphenate = false): string {
  return romanizeChinese(romanizeKorean(text, { mode, hyphenate }), mode);
}
