import CompleteDict from '@pinyin-pro/data/complete';
import { addDict, customPinyin, pinyin } from 'pinyin-pro';
import { ChineseReadings } from '../content/romanization-zh';
import readingsFile from '../../content/romanization/chinese-readings.json';

// Pinyin as GB/T 16159-2012 (汉语拼音正词法基本规则) writes it: readings from pinyin-pro,
// corrected by content/romanization/chinese-readings.json; words joined and divided (§6.1),
// names and places as §6.2 writes them, proper nouns capitalised (§6.3).

const data = ChineseReadings.parse(readingsFile);

// pinyin-pro's own word list is small: alone it reads 心脏 xīnzāng, 局长 júcháng, 央行
// yāngxíng. Its complete dictionary (@pinyin-pro/data, the same maintainers) reads them as
// 现代汉语词典 does. It costs about two seconds and 450 MB when a build process starts.
addDict(CompleteDict);

// Through pinyin-pro's own custom dictionary, so that context still applies around the
// corrected words and the reader's per-character ruby (lib/reader/ruby.ts) gets them too.
customPinyin(Object.fromEntries(data.readings.map((r) => [r.hanzi, r.pinyin])));

export type ChineseMode = 'word' | 'place' | 'name' | 'proper';

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

const SURNAMES = new Map(data.surnames.map((s) => [s.hanzi, s.pinyin.split(' ')]));
const DIVISIONS = new Map(data.words.map((w) => [w.hanzi, w]));
const LONGEST_DIVISION = Math.max(0, ...data.words.map((w) => w.hanzi.length));

// pinyin-pro gives one syllable per code point, and a character outside the Basic
// Multilingual Plane (𠮷) is two UTF-16 units: lengths and cuts are counted in code points.
const chars = (s: string) => Array.from(s);
const size = (s: string) => chars(s).length;

const capitalize = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** Joins syllables into one word, with an apostrophe before a, o, e (Xī'ān, Shǒu'ěr). */
export function joinSyllables(syllables: string[]): string {
  return syllables
    .map((s, i) => (i > 0 && /^[aoeāáǎàōóǒòēéěè]/.test(s) ? `'${s}` : s))
    .join('');
}

/**
 * One syllable per character, read in context. Tones are those of the characters read alone,
 * as 现代汉语词典 and GB/T 16159 write them (一致 yīzhì, 不断 bùduàn), not as spoken in sandhi.
 */
function syllables(text: string, surname: 'off' | 'head' = 'off'): string[] {
  return pinyin(text, { type: 'array', toneType: 'symbol', toneSandhi: false, surname });
}

// ---- Word division (GB/T 16159 §6.1) ----

/** A word: its characters, split into the parts a hyphen joins (an idiom's two halves). */
type Word = { parts: string[]; proper: boolean };

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
  for (let at = 0; at < run.length; ) {
    const segments = Array.from(segmenter.segment(run.slice(at, at + WINDOW)), (s) => s.segment);
    const keep = at + WINDOW >= run.length || segments.length === 1 ? segments : segments.slice(0, -1);
    out.push(...keep);
    at += keep.join('').length; // UTF-16 units, as slice counts them
  }
  return out;
}

/** Words of a run with no division from the data file, by the ICU dictionary plus §6.1's affixes. */
function dictionaryWords(run: string): string[] {
  const words: string[] = [];
  const segments = dictionarySegments(run);
  segments.forEach((segment, i) => {
    const last = words.at(-1);
    const next = segments[i + 1];
    // The dictionary keeps some four-syllable names whole (人民法院, 清华大学); §6.1 divides
    // them by word. Those whose second half is no word (idioms, transliterations such as
    // 澳大利亚) stay whole; idioms are hyphenated by the data file.
    const n = size(segment);
    if (n === 4 && segment.length === 4 && isWord(segment.slice(2))) {
      words.push(segment.slice(0, 2), segment.slice(2));
      return;
    }
    // §6.1 (助词): 的 is written apart from the word before it.
    if (n === 2 && segment.endsWith('的') && !DE_WORDS.has(segment)) {
      words.push(segment.slice(0, -1), '的');
      return;
    }
    if (segment.length === 2 && NUMERALS.has(segment[0]!) && MEASURES.has(segment[1]!)) {
      words.push(segment[0]!, segment[1]!);
      return;
    }
    // A suffix followed by a lone character more likely starts a word with it (递交 国书).
    const suffix = n === 1 && SUFFIXES.has(segment) && (next === undefined || size(next) > 1);
    if (last !== undefined && suffix && size(last) <= 3) {
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

/** The words of a run of Chinese characters: the data file's divisions first, longest match. */
function divide(run: string): Word[] {
  const words: Word[] = [];
  const text = chars(run);
  let rest = '';
  const flush = () => {
    for (const w of rest ? dictionaryWords(rest) : []) words.push({ parts: [w], proper: false });
    rest = '';
  };
  for (let i = 0; i < text.length; ) {
    let hit = undefined;
    for (let n = Math.min(LONGEST_DIVISION, text.length - i); n >= 2 && !hit; n--) {
      hit = DIVISIONS.get(text.slice(i, i + n).join(''));
    }
    if (hit) {
      flush();
      for (const w of hit.division.split(' ')) words.push({ parts: w.split('-'), proper: hit.proper ?? false });
      i += size(hit.hanzi);
    } else {
      rest += text[i++];
    }
  }
  flush();
  return words;
}

/** Writes words with the syllables read for the whole run, so context decides each reading. */
function spell(words: Word[], read: string[], capitalizeAll: boolean): string {
  let at = 0;
  return words
    .map((w) => {
      const parts = w.parts.map((p) => {
        const part = joinSyllables(read.slice(at, at + size(p)));
        at += size(p);
        return part;
      });
      return (w.proper || capitalizeAll ? parts.map(capitalize) : parts).join('-');
    })
    .join(' ');
}

// ---- Names and places (GB/T 16159 §6.2) ----

/** Xí Jìnpíng, Zhūgě Liàng: family name and given name apart, each capitalised (§6.2). */
export function pinyinName(name: string): string {
  const han = chars(name);
  const familyLength = han.length > 2 && SURNAMES.has(han.slice(0, 2).join('')) ? 2 : 1;
  // pinyin-pro's surname mode reads the family name but skips the custom dictionary for the
  // rest, so the given name is read without it, where the data file's names apply (郦食其 Lì Yìjī).
  const family = SURNAMES.get(han.slice(0, familyLength).join('')) ?? syllables(name, 'head').slice(0, familyLength);
  const given = syllables(name).slice(familyLength);
  const familyWord = capitalize(joinSyllables(family));
  return given.length > 0 ? `${familyWord} ${capitalize(joinSyllables(given))}` : familyWord;
}

// A place name's generic part (通名) is written apart from its specific part (专名), each
// capitalised (§6.2; 中国地名汉语拼音字母拼写规则 1: 江苏/省, 通/县, 虹口/区, 台湾/海峡). Only the
// generics that cannot end a specific name are split here; one-character ones such as 山 江
// 河 湖 also end two-character names written as one word (佛山, 镇江, 漯河, 芜湖), so they are
// split only after a specific part of two or more characters (松花/江, 洞庭/湖); the
// exceptions (黑龙江, 马鞍山, 秦皇岛) and the two-character features (泰山, 黄河) are data. A
// one-syllable modifier stays with its generic (景山/后街, rule 2).
const ADMINISTRATIVE = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '省', '市', '县', '区'];
const FEATURES = [
  ...['海峡', '群岛', '水库', '半岛', '高原', '运河', '盆地', '平原', '山脉', '胡同'],
  ...['大街', '小街', '后街', '前街', '东街', '西街', '南街', '北街'],
  ...'路街巷山江河湖湾岛峡峰岭',
];

/** Běijīng Shì, Shè Xiàn, Xī'ān: the specific name as one word, the generic apart. */
export function pinyinPlace(name: string): string {
  const whole = DIVISIONS.get(name);
  if (whole) return spell(divide(name), syllables(name), true);
  const generic =
    ADMINISTRATIVE.find((g) => size(name) > g.length && name.endsWith(g)) ??
    FEATURES.find((g) => size(name) >= g.length + 2 && name.endsWith(g));
  const read = syllables(name);
  if (!generic) return capitalize(joinSyllables(read));
  const cut = size(name) - generic.length;
  return `${capitalize(joinSyllables(read.slice(0, cut)))} ${capitalize(joinSyllables(read.slice(cut)))}`;
}

/** Zhōngguó Gòngchǎndǎng: a proper noun of several words, each capitalised (§6.3). */
export function pinyinProper(name: string): string {
  return spell(divide(name), syllables(name), true);
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
          : spell(divide(run), syllables(run), mode === 'proper');
    // Chinese needs no spaces around Latin letters; pinyin does (APEC会议 → APEC huìyì).
    const before = /[\p{L}\p{N}]/u.test(text[offset - 1] ?? '') ? ' ' : '';
    const after = /[\p{L}\p{N}]/u.test(text[offset + run.length] ?? '') ? ' ' : '';
    return before + latin + after;
  });
}
