import { romanizeChinese } from './chinese';
import { romanizeKorean } from './korean';

/** word: running text; place and name: as those are written; proper: an organisation or
 *  other proper noun, each word capitalised (중국공산당 is romanized as a place name is). */
export type Mode = 'word' | 'place' | 'name' | 'proper';

/** Hangul → Revised Romanization, Chinese characters → pinyin, anything else unchanged. */
export function romanize(text: string, mode: Mode = 'word', hyphenate = false): string {
  return romanizeChinese(romanizeKorean(text, { mode: mode === 'proper' ? 'place' : mode, hyphenate }), mode);
}
