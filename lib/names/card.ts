import type { NameEntry } from '@/lib/content/schema';
import { pinyinName, pinyinPlace, pinyinProper } from '@/lib/romanize/chinese';
import { romanizeKorean } from '@/lib/romanize/korean';

/** A registry entry with its romanizations, computed from the native forms. */
export type NameCard = NameEntry & {
  /** Revised Romanization of the Hangul (Gang Gyeong-hwa, Seoul, Beijing). */
  rr: string;
  /** Pinyin of the Simplified form as GB/T 16159 writes names (Xí Jìnpíng, Shǒu'ěr, Zhōngguó Gòngchǎndǎng). */
  pinyin: string;
};

const capitalize = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

export function nameCard(entry: NameEntry): NameCard {
  const rr =
    entry.kind === 'person'
      ? romanizeKorean(entry.hangul, { mode: 'name', hyphenate: true })
      : entry.kind === 'place'
        ? romanizeKorean(entry.hangul, { mode: 'place' })
        : capitalize(romanizeKorean(entry.hangul));
  const pinyin =
    entry.kind === 'person'
      ? pinyinName(entry.zh.hans)
      : entry.kind === 'organization'
        ? pinyinProper(entry.zh.hans)
        : pinyinPlace(entry.zh.hans);
  return { ...entry, rr, pinyin };
}
