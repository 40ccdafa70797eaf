import CompleteDict from '@pinyin-pro/data/complete';
import ModernDict from '@pinyin-pro/data/modern';
import { addDict, customPinyin, pinyin } from 'pinyin-pro';
import { ChineseReadings } from '../content/romanization-zh';
import {
  CEDICT_COMPOUND_FAMILY_NAMES,
  CEDICT_IDIOMS,
  CEDICT_PROPER_WORDS,
  CEDICT_TWO_WORD_NAMES,
  CEDICT_VERBS,
  CEDICT_VERBS_FIRST,
} from './cedict';
import readingsFile from '../../content/romanization/chinese-readings.json';
import divisionsByParent from 'china-area-data/v5/data.json';

// Pinyin as GB/T 16159-2012 (汉语拼音正词法基本规则) writes it: readings from pinyin-pro,
// corrected by content/romanization/chinese-readings.json; words joined and divided (§6.1),
// names and places as §6.2 writes them, proper nouns capitalised (§6.3).

const data = ChineseReadings.parse(readingsFile);

// pinyin-pro's own word list is small: alone it reads 心脏 xīnzāng, 局长 júcháng, 央行
// yāngxíng. Its complete dictionary (@pinyin-pro/data, the same maintainers) reads them as
// 现代汉语词典 does. It costs about two seconds and 450 MB when a build process starts.
addDict(CompleteDict);

const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
/** A syllable without its tone mark (ü keeps its dots). */
const toneless = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0304\u030c]/g, '')
    .normalize('NFC');

/**
 * A reading that only makes syllables of a word the complete dictionary lists light (关系 guānxi,
 * 还是 háishi, where it reads guānxì, háishì): the neutral tone belongs to that word, not to its
 * characters wherever they meet (有关系统 yǒuguān xìtǒng, 数学问题 shùxué wèntí).
 */
function lightensListedWord(hanzi: string, reading: string): boolean {
  const listedSyllables = CompleteDict[hanzi]?.[0].split(' ');
  const syllables = reading.split(' ');
  return (
    listedSyllables?.length === syllables.length &&
    syllables.some((s, i) => s !== listedSyllables[i]) &&
    syllables.every((s, i) => s === listedSyllables[i] || (!TONE_MARK.test(s) && s === toneless(listedSyllables[i]!)))
  );
}

/** The probability pinyin-pro gives the words of its own small dictionary (妥当 tuǒdàng among them). */
const BUILT_IN = 2e-8;
const lightWords = data.readings.filter((r) => lightensListedWord(r.hanzi, r.pinyin));
const otherReadings = data.readings.filter((r) => !lightensListedWord(r.hanzi, r.pinyin));

// The corrections reach pinyin-pro itself, so that the reader's per-character ruby
// (lib/reader/ruby.ts) gets them too. A word made light replaces that word in pinyin-pro's
// dictionaries, a little more likely than the entry it replaces, so the text is cut as before and
// only the word reads differently. Every other correction goes to pinyin-pro's custom dictionary,
// which wins over the cut the dictionaries would make (举|行会 háng, 洪洞县 read hóngdòng).
addDict(
  Object.fromEntries(
    lightWords.map((r) => [r.hanzi, [r.pinyin, Math.max(CompleteDict[r.hanzi]![1], BUILT_IN) * 1.01]]),
  ),
  'light-words',
);
customPinyin(Object.fromEntries(otherReadings.map((r) => [r.hanzi, r.pinyin])));

export type ChineseMode = 'word' | 'place' | 'name' | 'proper';

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

const SURNAMES = new Map(data.surnames.map((s) => [s.hanzi, s.pinyin.split(' ')]));
type Division = (typeof data.words)[number] & { atWordBoundary?: boolean; anywhereAtStart?: boolean };

/**
 * Countries and world regions as CLDR names them in Chinese (Node's Intl.DisplayNames: 罗马尼亚,
 * 冰岛, 西欧): proper nouns, each one word with a capital (GB/T 16159 §6.3: Luómǎníyà, Xī'ōu).
 * Only names of one word: none with 和, brackets or a generic (共和国, 群岛, 地区, 特别行政区),
 * which are written word by word. Unlike the data file's words they are taken only where the
 * segmenter starts and ends a word, so that 多哥 (Togo) is not read out of 许多哥伦比亚人.
 */
const REGION_CODES = [
  ...Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26))),
  ...[
    '002',
    '009',
    '011',
    '014',
    '015',
    '019',
    '030',
    '034',
    '035',
    '039',
    '142',
    '143',
    '145',
    '150',
    '151',
    '154',
    '155',
  ],
];
function regionNames(): Division[] {
  const names = new Intl.DisplayNames(['zh-Hans'], { type: 'region', fallback: 'none' });
  const found = new Set<string>();
  for (const code of REGION_CODES) {
    let name: string | undefined;
    try {
      name = names.of(code);
    } catch {
      continue;
    }
    if (name && /^\p{Script=Han}{2,6}$/u.test(name) && !/[和伪]|共和国|群岛|地区|领|区$|本土|世界/u.test(name))
      found.add(name);
  }
  // GB/T 16159-2012 大写规则: a proper noun and a common noun written as one word are
  // capitalised as a proper noun (中国人 Zhōngguórén): the people of a country or region.
  const people = [...found].map((name) => `${name}人`);
  return [...found, ...people, ...languageNames()].map((hanzi) => ({
    hanzi,
    division: hanzi,
    proper: true,
    source: 'CLDR',
    atWordBoundary: true,
  }));
}

/**
 * Languages as CLDR names them in Chinese (英语, 法语, 阿拉伯语): a proper noun and 语, one word with a
 * capital (GB/T 16159-2012 大写规则, 汉语 Hànyǔ: Yīngyǔ). Names of more than four characters and
 * names of a region's variety (凉山彝语) are left: they are several words.
 */
function languageNames(): string[] {
  const names = new Intl.DisplayNames(['zh-Hans'], { type: 'language', fallback: 'none' });
  const found = new Set<string>();
  for (let i = 0; i < 26 * 26; i++) {
    const code = String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26));
    let name: string | undefined;
    try {
      name = names.of(code);
    } catch {
      continue;
    }
    if (name && /^\p{Script=Han}{1,3}语$/u.test(name) && !/^(?:世界|国际|凉山)/u.test(name)) found.add(name);
  }
  return [...found];
}

// GB/T 16159-2012 人名规则: a family name before a title or form of address is a name, capitalised
// and apart (王部长 Wáng bùzhǎng, 李主任 Lǐ zhǔrèn), and 老 小 大 阿 before a family name are written
// apart from it, each capitalised (老王 Lǎo Wáng, 小李 Xiǎo Lǐ), unless 现代汉语词典 has the pair as a
// word (老师, 小说). GB/T 16159 lists 大 and 阿 too (Dà Lǐ, Ā Sān), but only 老 and 小 are taken:
// in this reader's news 大 before a family name's character is mostly a place or a state (大邱
// Daegu, 大马 Malaysia, 大韩, 大唐), which the rule would split (Dà Qiū). The family names are the
// most frequent (公安部 2019), without those that are as often a preposition or verb before a title
// (于 向 任 方 万 莫: 向部长报告, 任部长), and those of the heads of state this reader's news names
// with a title (习主席 Xí zhǔxí, 文总统 Wén zǒngtǒng, 朴总统 Piáo zǒngtǒng).
const COMMON_SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔',
  ...'钟谭陆汪范金石廖贾夏韦付白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴孔汤',
  ...'习文朴',
]);
const TITLES = new Set([
  ...['部长', '主任', '教授', '局长', '处长', '科长', '厂长', '校长', '院长', '市长', '省长', '县长', '所长'],
  ...['主席', '总统', '总理', '书记', '经理', '大使', '博士', '医生', '老师', '律师', '记者', '先生', '女士'],
  ...['小姐', '同志', '师傅', '阿姨', '大爷', '大妈', '叔叔', '伯伯', '爷爷', '奶奶', '大哥', '大姐', '同学'],
  ...['总裁', '董事长', '总经理', '议长', '议员', '委员', '将军', '司令', '教练', '会长', '社长', '主编'],
  ...['院士', '大夫', '太太', '夫人'],
]);
/** A family name and a title as one word (周总理): the two words they are. */
const familyNameAndTitle = (w: string) => COMMON_SURNAMES.has(w[0]!) && TITLES.has(w.slice(1));
/**
 * People, dynasties, peoples, languages and religions CC-CEDICT names (lib/romanize/cedict.ts),
 * each one word with a capital (GB/T 16159 §6.3), taken, as the CLDR names are, only where the
 * segmenter starts and ends a word; not a family name and a title (周总理 is Zhōu zǒnglǐ).
 */
const cedictProperNouns = (): Division[] =>
  [...CEDICT_PROPER_WORDS]
    .filter((hanzi) => !familyNameAndTitle(hanzi))
    .map((hanzi) => ({
      hanzi,
      division: hanzi,
      proper: true,
      source: 'CC-CEDICT',
      atWordBoundary: true,
    }));

/**
 * The PRC's provincial-level divisions (GB/T 2260, from china-area-data): the name a proper noun
 * (上海 Shànghǎi, 内蒙古 Nèiměnggǔ), taken where the segmenter makes it a word and, at the start of
 * a run, inside one (上海外国语大学, which the segmenter cuts 上|海外|国语); never elsewhere inside
 * a word (湖南 in 洞庭湖南岸, 山西 in 佛山西站, 海南 in 威海南海新区);
 * the full name its words apart (广东省 Guǎngdōng Shěng, 广西壮族自治区 Guǎngxī Zhuàngzú Zìzhìqū,
 * 香港特别行政区 Xiānggǎng Tèbié Xíngzhèngqū: GB/T 16159 §6.2, 专名与通名分写).
 */
function provinces(): Division[] {
  const full = Object.values((divisionsByParent as Record<string, Record<string, string>>)['86'] ?? {});
  return full.flatMap((name) => {
    const [, short = '', people = '', generic = ''] =
      /^(.+?)(壮族|回族|维吾尔)?(省|市|自治区|特别行政区)$/u.exec(name) ?? [];
    if (!short) return [];
    const genericWords = generic === '特别行政区' ? '特别 行政区' : generic;
    return [
      {
        hanzi: short,
        division: short,
        proper: true,
        source: 'GB/T 2260',
        atWordBoundary: true,
        anywhereAtStart: true,
      },
      // The speech of a place is one proper noun (GB/T 16159-2012 大写规则: 广东话 Guǎngdōnghuà).
      { hanzi: `${short}话`, division: `${short}话`, proper: true, source: 'GB/T 16159-2012', atWordBoundary: true },
      {
        hanzi: name,
        division: [short, people, genericWords].filter(Boolean).join(' '),
        proper: true,
        source: 'GB/T 2260',
      },
    ];
  });
}

const DIVISIONS = new Map<string, Division>([
  ...cedictProperNouns().map((w) => [w.hanzi, w] as const),
  ...provinces().map((w) => [w.hanzi, w] as const),
  ...regionNames().map((w) => [w.hanzi, w] as const),
  ...data.words.map((w) => [w.hanzi, w] as const),
]);
const LONGEST_DIVISION = Math.max(0, ...[...DIVISIONS.keys()].map((w) => w.length));

// pinyin-pro gives one syllable per code point, and a character outside the Basic
// Multilingual Plane (𠮷) is two UTF-16 units: lengths and cuts are counted in code points.
const chars = (s: string) => Array.from(s);
const size = (s: string) => chars(s).length;

const capitalize = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** Joins syllables into one word, with an apostrophe before a, o, e (Xī'ān, Shǒu'ěr). */
export function joinSyllables(syllables: string[]): string {
  return syllables.map((s, i) => (i > 0 && /^[aoeāáǎàōóǒòēéěè]/.test(s) ? `'${s}` : s)).join('');
}

/**
 * `read` (the syllables of `text`) with each light syllable the character's own (葡萄牙 Pútáoyá,
 * where the word 葡萄 is pútao): a name keeps its tones; the r-suffix 儿 stays as read.
 */
function ownTones(text: string, read: readonly string[]): string[] {
  const han = chars(text);
  return read.map((s, i) => (TONE_MARK.test(s) || han[i] === '儿' ? s : (syllables(han[i]!)[0] ?? s)));
}

/**
 * One syllable per character, read in context. Tones are those of the characters read alone,
 * as 现代汉语词典 and GB/T 16159 write them (一致 yīzhì, 不断 bùduàn), not as spoken in sandhi.
 */
function syllables(text: string, surname: 'off' | 'head' = 'off'): string[] {
  return pinyin(text, { type: 'array', toneType: 'symbol', toneSandhi: false, surname });
}

// ---- Word division (GB/T 16159 §6.1) ----

/**
 * A word: its characters, split into the parts a hyphen joins (an idiom's two halves, 第 and its
 * number). An ordinal capitalises only 第 (Dì-èr).
 */
type Word = { parts: string[]; proper: boolean; ordinal?: boolean; estimate?: boolean; surname?: boolean };

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

// §6.1 (名词): single-syllable prefixes and suffixes are written together with their word
// (副部长 fùbùzhǎng, 乘务员 chéngwùyuán, 孩子们 háizimen). The dictionary segmenter leaves some
// of them, and the one-syllable heads of institutions' names (党 会 院 部 …), on their own.
// 国 军 台 级 报 战 权 close names the same way (联合国, 解放军, 电视台, 国家级, 先驱报, 贸易战,
// 否决权), and 核 opens them (核试验 héshìyàn).
const PREFIXES = new Set([...'副总非反超老阿可无核']);
const SUFFIXES = new Set([...'子儿头性者员家手化们党会院部社局署馆厅团师国军台级报战权']);
/** Words ending in 的; any other pair the dictionary ends with 的 is a word and its particle (新的 xīn de). */
const DE_WORDS = new Set(['目的', '有的', '别的', '似的']);
// §6.1 (数词和量词): a numeral and its measure word are written apart (一个 yī gè, 两名 liǎng míng).
const NUMERALS = new Set([...'一二三四五六七八九十两几百千万']);
const MEASURES = new Set([...'个位名项次条种件份批架艘枚颗张本轮届']);

/** Whether the dictionary takes `text` as one word. */
const isWord = (text: string) => [...segmenter.segment(text)].length === 1;

// Each segment V8 returns carries a copy of the whole input, so a long run without
// punctuation would take memory quadratic in its length: it is read through a window, and
// the window's last segment, which the edge may have cut, is read again with what follows.
const WINDOW = 128;

function dictionarySegments(run: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < run.length;) {
    const segments = Array.from(segmenter.segment(run.slice(at, at + WINDOW)), (s) => s.segment);
    const keep = at + WINDOW >= run.length || segments.length === 1 ? segments : segments.slice(0, -1);
    out.push(...keep);
    at += keep.join('').length; // UTF-16 units, as slice counts them
  }
  return out;
}

// §6.1 (数词和量词): 1 to 99 is one word (èrshíliù), hundreds and thousands each another
// (sānqiān wǔbǎi liùshísì); 万 and 亿 join a one-syllable number before them (sānwàn, shíyì) and
// stand apart after a longer one (shíwǔ wàn); ordinal 第 takes a hyphen (dì-èrshíbā).
const DIGITS = new Set([...'一二三四五六七八九两']);
const NUMBER = /^第?[〇零一二三四五六七八九两十百千万亿]+$/u;

/** The words of a number as §6.1 writes them, or undefined where the characters are no number. */
function numberWords(text: string): string[] | undefined {
  // Two digits in a row are no number in words (一一, 三四, years read digit by digit);
  // 万一 and 亿万 begin with a unit and are words of their own.
  if (/[一二三四五六七八九两〇]{2}/u.test(text) || /^[万亿]/u.test(text)) return undefined;
  const words: string[] = [];
  let group = '';
  const close = () => {
    if (group) words.push(group);
    group = '';
  };
  for (const c of text) {
    if (c === '零' || c === '〇') {
      close();
      words.push(c);
    } else if (c === '百' || c === '千') {
      group += c;
      close();
    } else if (c === '万' || c === '亿') {
      const before = group || (words.length > 0 && size(words.at(-1)!) === 1 ? words.pop()! : '');
      if (size(before) <= 1) words.push(before + c);
      else words.push(before, c);
      group = '';
    } else {
      group += c;
    }
  }
  close();
  return words;
}

/** Pinyin-pro's complete dictionary lists the text as a word (董事长, 调控, 俱乐部). */
const listed = (text: string) => Object.hasOwn(CompleteDict, text);

// The complete dictionary also lists phrases that §6.1 writes as several words, so a join
// neither opens with a function word nor closes on a localizer: determiners (某项 mǒu xiàng,
// 本月 běn yuè, §6.1 代词), adverbs (并能 bìng néng, 常指 cháng zhǐ, 未在 wèi zài, and 还 read hái,
// while 还款 huánkuǎn is a word), conjunctions (而非 ér fēi, 因其 yīn qí), 所, 等 and 之;
// localizers (会上 huì shàng, 不久前 bùjiǔ qián, §6.1 名词与后面的方位词分写); a numeral or 多 几
// before what follows (新一届 xīn yī jiè, 多名 duō míng, 第二轮 dì-èr lún, §6.1 数词和量词). A
// word takes no prefix after it (常务 副秘书长) nor the preposition 于 (致力 于). The words
// these leave out that ICU does not know stay divided, as they were.
const NOT_FIRST = new Set([...'某本各每该这那哪此其而并或因不没未很都也就才再又更最太已曾常较须颇另所等之多几中']);
const NOT_LAST = new Set([...'上下前后里内外中间旁之']);
const NUMERAL_END = /[〇零一二三四五六七八九十百千万亿两几]$/u;

// A potential complement (V不C) is one word with a light 不, as GB/T 16159 §6.1 writes 对不起
// duìbuqǐ (beside 吃得消 chīdexiāo) and 现代汉语词典 its entries (来不及 lái·bují, 受不了
// shòu·buliǎo, 舍不得 shě·bu·de; also 差不多 chà·buduō, 差不离 chà·bulí). pinyin-pro's tones
// without sandhi write every 不 bù, so the word's shape decides: three characters the complete
// dictionary lists, 不 in the middle, a complement after it, and no adverb or conjunction before
// it (只不过, 决不能, 殊不知 keep bù). A word doubled around 不 (是不是) is a question and is left.
const COMPLEMENTS = new Set([...'起及了得住着上下来去过到开动完清见懂成掉出透惯消定通多离']);
const NOT_VERBS = new Set([...NOT_FIRST, ...'只决绝莫岂殊倒且毫永从要可']);

function potentialComplement(word: string): boolean {
  const [verb, bu, complement] = chars(word);
  return (
    size(word) === 3 &&
    bu === '不' &&
    verb !== complement &&
    !NOT_VERBS.has(verb!) &&
    COMPLEMENTS.has(complement!) &&
    listed(word)
  );
}

/**
 * A word of 现代汉语词典 that opens with 一 (一并 yībìng, 一口气 yīkǒuqì, 一系列), written as one word
 * with 一 in its own tone; not 一 and a measure word (一个, 一行), which §6.1 writes apart.
 */
const wordOfOne = (text: string) =>
  text.startsWith('一') && inModern(text) && (size(text) >= 3 || !MEASURES.has(chars(text)[1]!));

/** A listed word that ends in the r-suffix 儿 (一会儿, 一点儿): a word even where it opens with a numeral. */
const rSuffixed = (text: string) => text.endsWith('儿') && (CompleteDict[text]?.[0].endsWith(' er') ?? false);

/**
 * The ICU dictionary leaves many words it does not know in single characters (调|控, 自行|车,
 * 俱|乐|部). Neighbouring segments are joined where pinyin-pro's complete dictionary lists them
 * together: single characters, or a word and one character after it. `fixed` segments at the
 * start (a measure word after an Arabic number: 22日 | 电) are left alone.
 */
function joinListed(segments: string[], fixed: number): string[] {
  const joinable = (parts: string[]) => {
    const text = parts.join('');
    if (potentialComplement(text) || rSuffixed(text) || wordOfOne(text)) return true;
    const opening = size(parts[0]!) === 1 && NOT_FIRST.has(parts[0]!);
    if (size(text) > 4 || opening || DIGITS.has(text[0]!)) return false;
    if (text[0] === '还' && CompleteDict[text]?.[0].startsWith('hái')) return false;
    if (!(parts.every((p) => size(p) === 1) || (parts.length === 2 && size(parts[1]!) === 1))) return false;
    if (parts.some((p, i) => NUMBER.test(p) || (i < parts.length - 1 && NUMERAL_END.test(p)))) return false;
    const end = parts.at(-1)!;
    if (NOT_LAST.has(end) || (size(parts[0]!) > 1 && (PREFIXES.has(end) || end === '于'))) return false;
    return listed(text);
  };
  const out = segments.slice(0, fixed);
  for (let i = fixed; i < segments.length;) {
    let take = 1;
    for (let n = Math.min(4, segments.length - i); n >= 2 && take === 1; n--) {
      if (joinable(segments.slice(i, i + n))) take = n;
    }
    out.push(segments.slice(i, i + take).join(''));
    i += take;
  }
  return out;
}

/**
 * A number and 国 that the segmenter keeps as one word (三国, 第三国, 十三国) as two segments, so
 * that the number is read as a number (GB/T 16159-2012 §6.1 数词与后面的名词分写: 中日韩三国 sān guó,
 * 第三国 dì-sān guó, 二十三国 èrshísān guó). 三国 the period is data (三国演义 Sānguó Yǎnyì).
 */
function splitNumberedCountries(segments: string[]): string[] {
  return segments.flatMap((s) => (/^第?[一二三四五六七八九十两]+国$/u.test(s) ? [s.slice(0, -1), '国'] : [s]));
}

/**
 * Consecutive segments that together spell a number (二|十六, 八十|二, 第|三) as one, and a
 * number apart from the measure word the dictionary keeps with it (第二次 → 第二 | 次).
 */
function joinNumbers(segments: string[]): string[] {
  const out: string[] = [];
  for (const segment of segments) {
    const [, number, measure] = /^(第?[〇零一二三四五六七八九两十百千万亿]+)(.)$/u.exec(segment) ?? [];
    const split = number !== undefined && size(number) > 1 && MEASURES.has(measure!);
    for (const s of split ? [number, measure!] : [segment]) {
      const last = out.at(-1);
      const continues =
        (last === '第' || (last !== undefined && NUMBER.test(last))) && NUMBER.test(s) && !s.startsWith('第');
      if (continues) out[out.length - 1] = last + s;
      else out.push(s);
    }
  }
  return out;
}

/**
 * A proper noun's own name is one word however the dictionaries cut it (§6.3: 同济 大学, 比亚迪):
 * neighbouring pieces that are single characters or no listed word are joined.
 */
function joinNameParts(segments: string[]): string[] {
  const fragment = (s: string) => (size(s) === 1 || !listed(s)) && !NUMBER.test(s);
  // A one-syllable suffix after a longer piece closes that piece's last word (国家安全|部 →
  // 国家 安全部), as dictionaryWords joins it, rather than the whole name.
  const closes = (s: string, before: string) => SUFFIXES.has(s) && size(before) > 1;
  const out: string[] = [];
  segments.forEach((s, i) => {
    const last = out.at(-1);
    const before = segments[i - 1]!;
    if (last !== undefined && fragment(s) && fragment(before) && !closes(s, before)) out[out.length - 1] = last + s;
    else out.push(s);
  });
  return out;
}

type Context = {
  /** The run follows an Arabic number, so its first segment is that number's measure word (22日 | 电). */
  afterNumber?: boolean;
  /** The run is a proper noun (§6.3), whose own name is joined (joinNameParts). */
  proper?: boolean;
};

/**
 * Words of a run with no division from the data file, by the ICU dictionary plus §6.1's affixes
 * and numbers. A word's parts joined by a hyphen (an ordinal) are returned with a '-' between.
 */
// §6.1 (成语): a four-character idiom read as two pairs takes a hyphen (风平浪静
// fēngpíng-làngjìng); one that cannot be read so is written whole (总而言之 zǒng'éryánzhī). An
// idiom is, first, a four-character headword CC-CEDICT marks "(idiom)", whatever its halves are
// (安居乐业 ānjū-lèyè, 繁荣昌盛): in the test sets it marks 91 of the 126 that 现汉 hyphenates and
// none that it writes as words or whole (人民法院, 总而言之, 一衣带水). Else a four-character
// headword of 现代汉语词典 (@pinyin-pro/data's modern list, taken from its seventh edition) whose
// second half is no word (a name such as 人民法院 rénmín fǎyuàn stays divided into words), which
// is not one syllable and a word (半殖民地), not a people or a religion (维吾尔族, 伊斯兰教), not
// closed by a suffix (红十字会 hóngshízìhuì, §6.1) and has no r-suffix. Parallel halves of a word
// the complete dictionary lists are pairs whatever the segmenter makes of them: doubled (轰轰烈烈
// hōnghōng-lièliè, §6.1 AABB), opening alike (不知不觉, 不屈不挠) or numbered (千方百计, 七上八下).
// What the dictionaries list but 现汉 writes otherwise is data (一衣带水 whole; 自力更生 paired).
// An idiom whose second character is 不, 而, 以 or 莫 cannot be read as two pairs: that word ties
// the first character to the last two (爱不释手 àibùshìshǒu, 显而易见 xiǎn'éryìjiàn, 自以为是
// zìyǐwéishì, 爱莫能助 àimònéngzhù, GB/T 16159's own example), and so does 所 (众所周知
// zhòngsuǒzhōuzhī, 前所未有, as a second reader gives 现汉's forms). In the sets all 7 such idioms
// are whole and none of the 170 paired ones has such a second character.
const inModern = (text: string) => Object.hasOwn(ModernDict, text);
const BINDS_ACROSS_THE_MIDDLE = new Set(['不', '而', '以', '莫', '所']);

/** An idiom written as one word (爱不释手 àibùshìshǒu): CC-CEDICT's, bound across its middle. */
const writtenWhole = (w: string) => CEDICT_IDIOMS.has(w) && BINDS_ACROSS_THE_MIDDLE.has(chars(w)[1]!);

function readAsPairs(w: string): boolean {
  const [a, b, c, d] = chars(w);
  if (BINDS_ACROSS_THE_MIDDLE.has(b!)) return false;
  if (CEDICT_IDIOMS.has(w)) return true;
  if (!listed(w) || NUMBER.test(w) || /[族教儿]$/u.test(w) || SUFFIXES.has(d!)) return false;
  // Outside 现汉's headwords the complete dictionary lists numbers with a measure word (三十七部,
  // 一个五百): there the numerals must stand in one half's place each, apart from other numerals.
  const modern = inModern(w);
  const numeral = (x: string | undefined) => NUMERALS.has(x!);
  const numbered = modern
    ? (numeral(a) && numeral(c)) || (numeral(b) && numeral(d))
    : (numeral(a) && numeral(c) && !numeral(b) && !numeral(d)) ||
      (numeral(b) && numeral(d) && !numeral(a) && !numeral(c));
  if ((a === b && c === d) || a === c || numbered) return true;
  if (!modern) return false;
  if (isWord(w.slice(1)) || isWord(w.slice(0, 3))) return false;
  return !isWord(w.slice(2));
}

/** Neighbouring segments that together spell an idiom, read as two pairs (首|当|其|冲, 不|知|不觉) or whole (自|以为|是). */
function joinIdioms(segments: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < segments.length;) {
    let take = 1;
    for (let n = 2; n <= 4 && i + n <= segments.length; n++) {
      const text = segments.slice(i, i + n).join('');
      if (size(text) > 4) break;
      if (size(text) === 4 && (readAsPairs(text) || writtenWhole(text))) take = n;
    }
    out.push(segments.slice(i, i + take).join(''));
    i += take;
  }
  return out;
}

function dictionaryWords(run: string, context: Context): string[] {
  const words: string[] = [];
  const joined = joinListed(joinNumbers(splitNumberedCountries(dictionarySegments(run))), context.afterNumber ? 1 : 0);
  const listedWords = context.proper ? joined : joinIdioms(joined);
  const segments = context.proper ? joinNameParts(listedWords) : listedWords;
  segments.forEach((segment, i) => {
    const last = words.at(-1);
    const next = segments[i + 1];
    const number = NUMBER.test(segment) && segment !== '第' ? numberWords(segment.replace(/^第/, '')) : undefined;
    if (number) {
      if (segment.startsWith('第')) number[0] = `第-${number[0]}`;
      words.push(...number);
      return;
    }
    // The dictionary keeps some four-syllable names whole (人民法院, 清华大学); §6.1 divides
    // them by word. Those whose second half is no word (transliterations such as 澳大利亚) stay
    // whole, and so do a one-syllable modifier and its word (北大西洋, 南太平洋); idioms are
    // hyphenated (readAsPairs, and the data file).
    const n = size(segment);
    if (n === 4 && !context.proper && readAsPairs(segment)) {
      words.push(`${segment.slice(0, 2)}-${segment.slice(2)}`);
      return;
    }
    if (
      n === 4 &&
      segment.length === 4 &&
      !writtenWhole(segment) &&
      isWord(segment.slice(2)) &&
      !isWord(segment.slice(1))
    ) {
      words.push(segment.slice(0, 2), segment.slice(2));
      return;
    }
    // §6.1 (助词): 的 is written apart from the word before it.
    if (n === 2 && segment.endsWith('的') && !DE_WORDS.has(segment)) {
      words.push(segment.slice(0, -1), '的');
      return;
    }
    // After a number 个人 is a measure word and a noun (三个人 sān gè rén), not 个人 (individual).
    // Not after 百 千 万 亿, where 个人 is more often "individual" (3亿个人用户).
    const afterNumber =
      last !== undefined ? NUMBER.test(last) && !/[百千万亿]$/u.test(last) : (context.afterNumber ?? false);
    if (segment === '个人' && afterNumber) {
      words.push('个', '人');
      return;
    }
    if (segment.length === 2 && NUMERALS.has(segment[0]!) && MEASURES.has(segment[1]!)) {
      words.push(segment[0]!, segment[1]!);
      return;
    }
    // A suffix followed by a lone character more likely starts a word with it (递交 国书); it
    // joins no ordinal (第二 轮), no function word (等 国) and no number before 国 (三 国, split off
    // by splitNumberedCountries); after an idiom it joins the
    // idiom's last pair (流离失所者 liúlí-shīsuǒzhě).
    const suffix = n === 1 && SUFFIXES.has(segment) && (next === undefined || size(next) > 1);
    const stem =
      last !== undefined && !last.startsWith('第-') && !NOT_FIRST.has(last) && !(segment === '国' && NUMBER.test(last));
    if (last !== undefined && suffix && stem && (size(last) <= 3 || last.includes('-'))) {
      words[words.length - 1] = last + segment;
    } else if (last !== undefined && size(last) === 1 && PREFIXES.has(last) && n <= 3) {
      words[words.length - 1] = last + segment;
    } else if (last !== undefined && n === 1 && last === segment) {
      // A single-syllable word doubled is written as one (§6.1: 人人 rénrén).
      words[words.length - 1] = last + segment;
    } else {
      words.push(segment);
    }
  });
  return words;
}

const ADDRESS_PREFIXES = new Set([...'老小']);

/** The words of dictionaryWords, with family names before a title and after 老 小 as names. */
function addressedNames(words: string[]): Word[] {
  const out: Word[] = [];
  const addressed = (pair: string) =>
    size(pair) === 2 && ADDRESS_PREFIXES.has(pair[0]!) && COMMON_SURNAMES.has(pair[1]!) && !inModern(pair);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1] ?? '';
    if (addressed(w)) out.push({ parts: [w[0]!], proper: true }, { parts: [w[1]!], proper: true, surname: true });
    else if (addressed(w + next)) {
      out.push({ parts: [w], proper: true }, { parts: [next], proper: true, surname: true });
      i++;
    } else if (size(w) >= 3 && familyNameAndTitle(w)) {
      // The dictionary's own join of a family name and a title (周总理) is the two words.
      const [family, ...title] = chars(w);
      out.push({ parts: [family!], proper: true, surname: true }, { parts: [title.join('')], proper: false });
    } else {
      // A family name of two characters too (欧阳先生 Ōuyáng xiānsheng), but not the ordinal 第五.
      const surname =
        (COMMON_SURNAMES.has(w) || (SURNAMES.has(w) && size(w) === 2 && w !== '第五')) && TITLES.has(next);
      out.push({ parts: w.split('-'), proper: surname, surname, ordinal: w.startsWith('第-') });
    }
  }
  return out;
}

// GB/T 16159-2012 §6.1 (数词和量词): two neighbouring numbers that give an estimate take a hyphen
// (三五天 sān-wǔ tiān, 七八个 qī-bā gè), and 十几, 几十 are one word (shíjǐ gè rén, jǐshí gēn), as the
// sixth blind set's author cites the standard (its text is not in the stored pages to quote).
// Only a pair standing alone: not digits of a year (一九七八年), nor a number in words (三十五).
const ESTIMATES = new Set(['一两', '两三', '三四', '四五', '五六', '六七', '七八', '八九', '三五']);
const NUMBER_CHARACTER = /[〇零一二三四五六七八九十百千万亿两几]/u;

/** The parts of an estimate starting at `i` in `text` (['三', '五'], or ['十几'] whole), if any. */
function approximateNumber(text: readonly string[], i: number): string[] | undefined {
  const pair = (text[i] ?? '') + (text[i + 1] ?? '');
  const alone = !NUMBER_CHARACTER.test(text[i - 1] ?? '') && !NUMBER_CHARACTER.test(text[i + 2] ?? '');
  if (!alone || i + 2 > text.length) return undefined;
  if (ESTIMATES.has(pair)) return [text[i]!, text[i + 1]!];
  if (pair === '十几' || pair === '几十') return [pair];
  return undefined;
}

/** The words of a run of Chinese characters: the data file's divisions first, longest match. */
function divide(run: string, context: Context = {}): Word[] {
  const words: Word[] = [];
  const text = chars(run);
  let rest = '';
  const flush = () => {
    const afterEstimate = words.at(-1)?.estimate ?? false;
    const at = { ...context, afterNumber: (context.afterNumber && words.length === 0) || afterEstimate };
    words.push(...addressedNames(rest ? dictionaryWords(rest, at) : []));
    rest = '';
  };
  // The segmenter's cuts, in code points: an ordinary word from the data is taken only where it
  // cuts no word of the segmenter's (本分, but not in 根本分歧; 更为, but not in 变更为); a proper
  // noun is taken wherever it stands (长江 in 长江流域).
  const cuts = new Set([0]);
  /** The segmenter's cuts in the text from `from` on, read afresh (after a name taken inside a word). */
  const cutFrom = (from: number) => {
    for (const at of [...cuts]) if (at > from) cuts.delete(at);
    let end = from;
    cuts.add(from);
    for (const segment of dictionarySegments(text.slice(from).join(''))) {
      // 的 is a particle of its own (领导|人的 is 领导人 的), as dictionaryWords writes it.
      if (size(segment) === 2 && segment.endsWith('的') && !DE_WORDS.has(segment)) cuts.add(end + 1);
      cuts.add((end += size(segment)));
    }
  };
  cutFrom(0);
  const fits = (entry: Division, at: number) =>
    ((entry.proper ?? false) && (!entry.atWordBoundary || (at === 0 && (entry.anywhereAtStart ?? false)))) ||
    (cuts.has(at) && cuts.has(at + size(entry.hanzi)));
  for (let i = 0; i < text.length;) {
    const approximate = approximateNumber(text, i);
    if (approximate) {
      flush();
      words.push({ parts: approximate, proper: false, estimate: true });
      i += size(approximate.join(''));
      continue;
    }
    let hit = undefined;
    for (let n = Math.min(LONGEST_DIVISION, text.length - i); n >= 2 && !hit; n--) {
      const entry = DIVISIONS.get(text.slice(i, i + n).join(''));
      if (entry && fits(entry, i)) hit = entry;
    }
    if (hit) {
      flush();
      for (const w of hit.division.split(' ')) words.push({ parts: w.split('-'), proper: hit.proper ?? false });
      i += size(hit.hanzi);
      if (!cuts.has(i)) cutFrom(i);
    } else {
      rest += text[i++];
    }
  }
  flush();
  return words;
}

/**
 * A word's syllables as written: the r-suffix 儿, read in the neutral tone, joins the syllable
 * before it (一会儿 yīhuìr, 哪儿 nǎr, 哥儿们 gērmen; GB/T 16159 §6.1 kuài yīdiǎnr), where 儿 with
 * its own tone stays a syllable (婴儿 yīng'ér); 不 in a potential complement is light. No rule
 * makes the r-suffix of a 儿 that the dictionaries read with its tone: in the news such a 儿 is as
 * often a child (病儿, 早产儿) as the r-suffix (一下儿).
 */
function writtenSyllables(word: string, read: string[]): string[] {
  const out = potentialComplement(word) ? [read[0]!, 'bu', read[2]!] : [...read];
  const han = chars(word);
  return out.flatMap((s, i) =>
    i + 1 < out.length && han[i + 1] === '儿' && out[i + 1] === 'er'
      ? [`${s}r`]
      : han[i] === '儿' && s === 'er' && i > 0
        ? []
        : [s],
  );
}

// 地 standing alone between a word of two or more characters and the verb it modifies is the
// particle (现代汉语词典〖地〗·de: 积极地参与, 非正式地禁止), which pinyin-pro reads dì; not after a
// two-character word CC-CEDICT gives first as a verb (注册地, the place of registration; an idiom
// before it is an adverbial), a number, a determiner or a measure word (这些地,
// 那块地, 三亩地), nor before a word that is no verb (事发地周边), where it is the land or a place.
// Verbs are the words CC-CEDICT defines as one in a sense ("to …"), and words no dictionary here lists
// whose first character it does (看着).
const NOT_BEFORE_PARTICLE_DE = /^[这那哪某每各一]|[些块片亩个的多]$|^[〇零一二三四五六七八九十百千万亿两]+$/u;

/** Whether what follows a run (a character, or nothing) leaves its last 地 free to close an adverbial. */
const closesRun = (after: string | undefined) => after === undefined || after === '、';

/**
 * Whether the word at `i` is the particle 地, read de. `open`: the run ends the text (a glossary's
 * 非正式地) or comes before 、, so a last 地 closes an adverbial (秘密地、非法地把…).
 */
function particleDe(words: readonly Word[], i: number, open = false): boolean {
  const [w, before, after] = [words[i], words[i - 1], words[i + 1]];
  if (w?.parts.join('') !== '地' || !before || !(after || open) || before.proper) return false;
  const previous = before.parts.join('');
  const next = after?.parts.join('');
  const verb = (w: string) => CEDICT_VERBS.has(w) || (size(w) > 1 && !listed(w) && CEDICT_VERBS.has(chars(w)[0]!));
  return (
    size(previous) >= 2 &&
    !NOT_BEFORE_PARTICLE_DE.test(previous) &&
    !(size(previous) === 2 && CEDICT_VERBS_FIRST.has(previous)) &&
    (next === undefined || verb(next))
  );
}

/**
 * Pinyin for each code point of `text` (pinyin-pro's, with the corrections this module gives it),
 * read in context without tone sandhi; '' for what is not Chinese. The particle 地 reads de.
 */
export function readingsInContext(text: string): string[] {
  const read = pinyin(text, { type: 'all', toneSandhi: false }).map((c) => (c.isZh ? c.pinyin : ''));
  const points = chars(text);
  for (let at = 0; at < points.length;) {
    if (!HAN.test(points[at]!)) {
      at++;
      continue;
    }
    let end = at;
    while (end < points.length && HAN.test(points[end]!)) end++;
    let offset = at;
    const open = closesRun(points[end]);
    divide(points.slice(at, end).join('')).forEach((word, i, words) => {
      if (particleDe(words, i, open)) read[offset] = 'de';
      offset += size(word.parts.join(''));
    });
    at = end;
  }
  return read;
}

/** Writes words with the syllables read for the whole run, so context decides each reading. */
function spell(words: Word[], read: string[], capitalizeAll: boolean, open = false): string {
  let at = 0;
  return words
    .map((w, i) => {
      // 的 standing alone is the particle (现代汉语词典〖的〗·de), whatever word pinyin-pro's own cut
      // put it in (我们的士气, read as 的士 dīshì); so is 地 where particleDe says so.
      const particle = w.parts.length === 1 && (w.parts[0] === '的' || particleDe(words, i, open));
      const parts = w.parts.map((p) => {
        const inContext = read.slice(at, at + size(p));
        // A family name reads as one (曾先生 Zēng xiānsheng, where 曾 alone reads céng); a proper
        // noun in running text keeps its tones as a place name does (葡萄牙语 Pútáoyáyǔ).
        const syllablesRead = w.surname
          ? (SURNAMES.get(p) ?? syllables(p, 'head'))
          : w.proper && !capitalizeAll
            ? ownTones(p, inContext)
            : inContext;
        const part = particle ? 'de' : joinSyllables(writtenSyllables(p, syllablesRead));
        at += size(p);
        return part;
      });
      const capitals =
        w.proper || capitalizeAll ? parts.map((p, i) => (i > 0 && w.ordinal ? p : capitalize(p))) : parts;
      return capitals.join('-');
    })
    .join(' ');
}

// ---- Names and places (GB/T 16159 §6.2) ----

/**
 * A given name's syllables. pinyin-pro reads a doubled character as a word with a light second
 * syllable (娜娜 nàna, like 妈妈 māma) and 儿 after a name as the r-suffix; in a name each keeps
 * its tone (欧阳娜娜 Ōuyáng Nànà; GB/T 16159 §6.2 上官婉儿 Shàngguān Wǎn'ér).
 */
function givenName(han: string[], read: string[]): string[] {
  return read.map((s, i) => {
    if (TONE_MARK.test(s)) return s;
    if (i > 0 && han[i] === han[i - 1]) return read[i - 1]!;
    // A given name's first syllable made light by a word across the family name (任子 rènzi) is
    // the character's own (任子威 Rén Zǐwēi); a light syllable inside it stays (王麻子 Wáng Mázi).
    if (i === 0 && han[i] !== '儿') return syllables(han.join(''))[0] ?? s;
    return han[i] === '儿' ? 'ér' : s;
  });
}

/** Xí Jìnpíng, Zhūgě Liàng: family name and given name apart, each capitalised (§6.2). */
export function pinyinName(name: string): string {
  const han = chars(name);
  const firstTwo = han.slice(0, 2).join('');
  const familyLength = han.length > 2 && (SURNAMES.has(firstTwo) || CEDICT_COMPOUND_FAMILY_NAMES.has(firstTwo)) ? 2 : 1;
  // pinyin-pro's surname mode reads the family name but skips the custom dictionary for the
  // rest, so the given name is read without it, where the data file's names apply (郦食其 Lì Yìjī).
  const family = SURNAMES.get(han.slice(0, familyLength).join('')) ?? syllables(name, 'head').slice(0, familyLength);
  const given = givenName(han.slice(familyLength), syllables(name).slice(familyLength));
  const familyWord = capitalize(joinSyllables(family));
  return given.length > 0 ? `${familyWord} ${capitalize(joinSyllables(given))}` : familyWord;
}

// A place name's generic part (通名) is written apart from its specific part (专名), each
// capitalised (§6.2; 中国地名汉语拼音字母拼写规则 1: 江苏/省, 通/县, 虹口/区, 台湾/海峡). Only the
// generics that cannot end a specific name are split here; one-character ones such as 山 江
// 河 湖 also end two-character names written as one word (佛山, 镇江, 漯河, 芜湖), so they are
// split only after a specific part of two or more characters (松花/江, 洞庭/湖); the
// exceptions (黑龙江, 马鞍山, 秦皇岛) and the two-character features (泰山, 黄河) are data. A
// one-syllable modifier stays with its generic (景山/后街, rule 2; 浦东/新区).
const ADMINISTRATIVE = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '省', '市', '县', '新区', '地区', '区'];
const AUTONOMOUS = new Set(['自治区', '自治州', '自治县', '自治旗']);
/**
 * A generic of several words is written word by word (GB/T 16159 §6.1 按词分写: Xiānggǎng Tèbié
 * Xíngzhèngqū): where its words begin.
 */
const GENERIC_WORDS = new Map([['特别行政区', [2]]]);

/**
 * Where the specific part of an autonomous area's name ends in its peoples (广西/壮族, 湘西/土家族/苗族)
 * each people is a word of its own: the longest name ending in 族 that the complete dictionary
 * lists, taken from the end, leaving at least one character of the place before it.
 */
function peopleCuts(han: string[], end: number): number[] {
  const cuts: number[] = [];
  while (han[end - 1] === '族') {
    let start = Math.max(1, end - 5);
    while (start < end - 1 && !listed(han.slice(start, end).join(''))) start++;
    if (start >= end - 1) break;
    cuts.unshift(start);
    end = start;
  }
  return cuts;
}
/**
 * Generics of natural features and waterworks, apart even from a one-character name as 汾河 Fén Hé
 * is (中国地名汉语拼音字母拼写规则 1.1; its 大运河 Dà Yùnhé); a street's stays joined (东街).
 */
const NATURAL_GENERICS = new Set([
  '海峡',
  '群岛',
  '水库',
  '半岛',
  '高原',
  '运河',
  '盆地',
  '平原',
  '山脉',
  '沙漠',
  '草原',
  '暗沙',
]);
const FEATURES = [
  ...NATURAL_GENERICS,
  ...['胡同', '广场'],
  ...['大街', '小街', '后街', '前街', '东街', '西街', '南街', '北街'],
  ...'路街巷山江河湖湾岛峡峰岭潭礁',
];

/**
 * A place name's syllables. A word pinyin-pro reads with a light syllable keeps it as a word
 * (葡萄 pútao), but a name keeps each character's tone, as 现代汉语词典 writes the characters
 * (葡萄牙 Pútáoyá); the r-suffix 儿 stays as read.
 */
function placeSyllables(name: string): string[] {
  return ownTones(name, syllables(name));
}

/**
 * The names of the PRC's administrative divisions down to the counties and districts (GB/T 2260,
 * from the china-area-data package), without their generic: 佛山, 镇江, 铅山, 上海. A name of one
 * character and a one-character feature generic is written as one word when it names a division
 * (Fóshān, Yánshān) and otherwise is taken for a natural feature, whose generic is written apart
 * (珠江 Zhū Jiāng, 秦岭 Qín Lǐng; 中国地名汉语拼音字母拼写规则 1). Features that share a district's
 * name (天山, 南海) and foreign places (蔚山) are data.
 */
const DIVISION_NAMES = new Set(
  Object.values(divisionsByParent as Record<string, Record<string, string>>).flatMap((children) =>
    Object.values(children).map((full) =>
      full.replace(/(特别行政区|自治区|自治州|自治县|地区|省|市|县|区|盟|旗)$/, ''),
    ),
  ),
);
const ONE_CHARACTER_FEATURES = '山江河湖海岛峰岭峡';

/**
 * Names CC-CEDICT writes as a natural feature, its generic a word with a capital (西湖 Xi1 Hu2 the
 * lake, beside Xi1 hu2 the district; 衡山 Heng2 Shan1): a name given alone is the feature, since a
 * division's name carries its generic (西湖区, 衡山县).
 */
const CEDICT_FEATURES = new Set(
  [...CEDICT_TWO_WORD_NAMES].filter((name) => ONE_CHARACTER_FEATURES.includes(chars(name)[1]!)),
);

/** Běijīng Shì, Shè Xiàn, Xī'ān: the specific name as one word, the generic apart. */
export function pinyinPlace(name: string): string {
  const whole = DIVISIONS.get(name);
  if (whole) return spell(divide(name, { proper: true }), placeSyllables(name), true);
  const generic =
    ADMINISTRATIVE.find((g) => size(name) > g.length && name.endsWith(g)) ??
    FEATURES.find((g) => size(name) >= g.length + (NATURAL_GENERICS.has(g) ? 1 : 2) && name.endsWith(g)) ??
    (size(name) === 2 &&
    ONE_CHARACTER_FEATURES.includes(chars(name)[1]!) &&
    !NUMERALS.has(chars(name)[0]!) &&
    (!DIVISION_NAMES.has(name) || CEDICT_FEATURES.has(name))
      ? chars(name)[1]
      : undefined);
  const read = placeSyllables(name);
  if (!generic) return capitalize(joinSyllables(read));
  // Rule 2: a one-syllable modifier goes with the part it modifies, 大 or 小 before a natural
  // generic with it (呼伦贝尔/大草原 Hūlúnbèi'ěr Dàcǎoyuán) where a name of two characters or more
  // stands before them; 大运河 alone is 大/运河, the rules' own example.
  const modified = NATURAL_GENERICS.has(generic) && /[大小]/u.test(chars(name).at(-generic.length - 1) ?? '');
  const cut = size(name) - generic.length - (modified && size(name) - generic.length >= 3 ? 1 : 0);
  const people = AUTONOMOUS.has(generic) ? peopleCuts(chars(name), cut) : [];
  const genericWords = (GENERIC_WORDS.get(generic) ?? []).map((at) => cut + at);
  const cuts = [0, ...people, cut, ...genericWords, read.length];
  return cuts
    .slice(1)
    .map((end, i) => capitalize(joinSyllables(read.slice(cuts[i], end))))
    .join(' ');
}

/** Zhōngguó Gòngchǎndǎng: a proper noun of several words, each capitalised (§6.3). */
export function pinyinProper(name: string): string {
  return spell(divide(name, { proper: true }), syllables(name), true);
}

/**
 * Pinyin with tone marks for the Chinese characters in `text`, read in context; everything
 * else passes through unchanged. In word mode words are joined and divided as GB/T 16159
 * writes them (wàijiāo bùzhǎng), with known proper nouns capitalised; the reader's ruby,
 * which needs one syllable per character, calls pinyin-pro itself (lib/reader/ruby.ts).
 */
export function romanizeChinese(text: string, mode: ChineseMode = 'word'): string {
  if (!HAN.test(text)) return text;
  return text.replace(HAN_RUN, (run: string, offset: number) => {
    const latin =
      mode === 'name'
        ? pinyinName(run)
        : mode === 'place'
          ? pinyinPlace(run)
          : spell(
              divide(run, {
                afterNumber: /\p{N}/u.test(text[offset - 1] ?? ''),
                proper: mode === 'proper',
              }),
              syllables(run),
              mode === 'proper',
              closesRun(text[offset + run.length]),
            );
    // Chinese needs no spaces around Latin letters; pinyin does (APEC会议 → APEC huìyì).
    const before = /[\p{L}\p{N}]/u.test(text[offset - 1] ?? '') ? ' ' : '';
    const after = /[\p{L}\p{N}]/u.test(text[offset + run.length] ?? '') ? ' ' : '';
    return before + latin + after;
  });
}
