import { customPinyin, pinyin } from 'pinyin-pro';

// Corrections to pinyin-pro's readings, through its own custom dictionary so that context
// and surname handling still apply. Each is the reading in 现代汉语词典.
customPinyin({
  朝鲜: 'cháo xiǎn',
  朝鮮: 'cháo xiǎn',
  北朝鲜: 'běi cháo xiǎn',
  // pinyin-pro cuts 举行会谈 as 举 | 行会 (hánghuì, guild) | 谈.
  举行: 'jǔ xíng',
  举行会谈: 'jǔ xíng huì tán',
});

export type ChineseMode = 'word' | 'place' | 'name';

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

/** Two-character family names: the rest is the given name (诸葛亮 Zhūgě Liàng). */
const COMPOUND_SURNAMES = [
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '夏侯', '长孙', '司徒', '宇文', '令狐', '南宫', '鲜于', '独孤',
];

const capitalize = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** Joins syllables into one word, with an apostrophe before a, o, e (Xī'ān, Shǒu'ěr). */
export function joinSyllables(syllables: string[]): string {
  return syllables
    .map((s, i) => (i > 0 && /^[aoeāáǎàōóǒòēéěè]/.test(s) ? `'${s}` : s))
    .join('');
}

function syllables(text: string, surname: 'off' | 'head' | 'all' = 'off'): string[] {
  return pinyin(text, { type: 'array', toneType: 'symbol', surname });
}

/** Xí Jìnpíng: family name capitalised, a space, the given name joined. */
export function pinyinName(name: string): string {
  const familyLength = COMPOUND_SURNAMES.some((s) => name.startsWith(s)) && name.length > 2 ? 2 : 1;
  const all = syllables(name, 'head');
  const family = capitalize(joinSyllables(all.slice(0, familyLength)));
  const given = capitalize(joinSyllables(all.slice(familyLength)));
  return given ? `${family} ${given}` : family;
}

/** Běijīng, Shǒu'ěr: a place name is one capitalised word. */
export function pinyinPlace(name: string): string {
  return capitalize(joinSyllables(syllables(name)));
}

/**
 * Pinyin with tone marks for the Chinese characters in `text`, read in context; everything
 * else passes through unchanged. In word mode syllables are separated by spaces (pinyin-pro
 * does not segment words); names and places are formatted as they are written.
 */
export function romanizeChinese(text: string, mode: ChineseMode = 'word'): string {
  if (!HAN.test(text)) return text;
  return text.replace(HAN_RUN, (run: string, offset: number) => {
    const latin =
      mode === 'name' ? pinyinName(run) : mode === 'place' ? pinyinPlace(run) : syllables(run).join(' ');
    // Chinese needs no spaces around Latin letters; pinyin does (APEC会议 → APEC huì yì).
    const before = /[\p{L}\p{N}]/u.test(text[offset - 1] ?? '') ? ' ' : '';
    const after = /[\p{L}\p{N}]/u.test(text[offset + run.length] ?? '') ? ' ' : '';
    return before + latin + after;
  });
}
