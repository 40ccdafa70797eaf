import { pinyin } from 'pinyin-pro';
import { romanizeKorean } from '@/lib/romanize/korean';

/** A capitalised name in the English the registry does not know, with native-form candidates. */
export type UnknownName = {
  text: string;
  /** Paragraph ids where it occurs. */
  paragraphs: string[];
  guess: 'korean person' | 'chinese person' | 'name';
  candidates: {
    /** Hangul in the same paragraphs of the Korean text that romanizes close to it. */
    hangul: { text: string; rr: string; score: number }[];
    /** Chinese characters in the same paragraphs of the Chinese text whose pinyin is close to it. */
    zh: { text: string; pinyin: string; score: number }[];
  };
};

// Words that start sentences or are capitalised in English without being names.
const NOT_NAMES = new Set(
  (
    'The A An In On At But And Or During After Before For From To By With Without This That These Those It Its He She They We I ' +
    'His Her Their Our As While When Where How What Why Who If Since Also Yet So Meanwhile However Still Earlier Later Last Next ' +
    'Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December President Minister Foreign Prime Vice Deputy Chairman Secretary General Ambassador'
  ).split(' '),
);
// Titles before a name: "Former U.N. Secretary-General Ban Ki-moon" is a title and a name.
const TITLE =
  /^(?:Former|Acting|Secretary-General|Secretary|Chief|Director|Envoy|Ambassador|Governor|Mayor|Senator|Spokesperson|Spokesman|Spokeswoman|Gen\.|Adm\.|Sen\.|Rep\.|[A-Z](?:\.[A-Z])+\.?)$/;
const DEMONYM = /^(?:South |North )?(?:Korean|Chinese|Japanese|American|Russian|European|Asian)s?$/;

const KOREAN_SURNAMES = new Set(
  (
    'Kim Lee Yi Rhee Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Suh Shin Sin Kwon ' +
    'Hwang Ahn An Song Yoo Yu Hong Jeon Chun Ko Go Moon Mun Yang Son Bae Baek Paik Heo Huh Nam Noh Roh Ha Kwak Sung Cha Joo ' +
    'Woo Koo Min Ryu Na Jin Ji Uhm Byun Chae Won Bang Ban Pyo Yeo Choo Do Seok Ma Gil Yeon Wi'
  ).split(' '),
);
const CHINESE_SURNAMES = new Set(
  (
    'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie Song Tang Han Feng ' +
    'Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Fu Xi Wen Qin Dai Bo Kong Xue'
  ).split(' '),
);
// One pinyin syllable without tone marks.
const PINYIN =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ve|er|a|o|e|i|u|v)$/;
function isPinyin(word: string): boolean {
  const w = word.toLowerCase();
  // Split greedily into syllables (Jinping → jin ping).
  const go = (rest: string): boolean =>
    rest === '' ||
    [4, 3, 2, 1, 5, 6].some((n) => n <= rest.length && PINYIN.test(rest.slice(0, n)) && go(rest.slice(n)));
  return w.length > 0 && go(w);
}

function guessOf(name: string): UnknownName['guess'] {
  const parts = name.split(' ');
  if (parts.length < 2 || parts.length > 3) return 'name';
  const [family, ...given] = parts;
  if (KOREAN_SURNAMES.has(family!) && (given.some((g) => g.includes('-')) || parts.length === 3))
    return 'korean person';
  if (CHINESE_SURNAMES.has(family!) && given.every((g) => !g.includes('-') && isPinyin(g))) return 'chinese person';
  if (KOREAN_SURNAMES.has(family!)) return 'korean person';
  return 'name';
}

const letters = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '');

function similarity(a: string, b: string): number {
  const x = letters(a);
  const y = letters(b);
  if (!x || !y) return 0;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return 1 - prev[y.length]! / Math.max(x.length, y.length);
}

const top = <T extends { score: number }>(items: T[], min: number) =>
  items
    .filter((c) => c.score >= min)
    .sort((a, b) => b.score - a.score)
    .filter((c, i, all) => all.findIndex((d) => JSON.stringify(d) === JSON.stringify(c)) === i)
    .slice(0, 3)
    .map((c) => ({ ...c, score: Math.round(c.score * 100) / 100 }));

/** The text with every known form blanked out, so no candidate overlaps a known word. */
function mask(text: string, known: Set<string>): string {
  let out = text;
  for (const form of [...known].sort((a, b) => b.length - a.length)) {
    if (form.length > 1 && out.includes(form)) out = out.split(form).join(' ');
  }
  return out;
}

function hangulCandidates(name: string, texts: string[], known: Set<string>, person: boolean) {
  const out: { text: string; rr: string; score: number }[] = [];
  for (const text of texts.map((t) => mask(t, known))) {
    for (const word of text.match(/[가-힣]+/g) ?? []) {
      // A name may carry a particle or title after it (반기문은, 부산에서): try its beginnings.
      for (let n = 1; n <= Math.min(4, word.length); n++) {
        const candidate = word.slice(0, n);
        if (known.has(candidate)) continue;
        const rr = romanizeKorean(candidate, { mode: person ? 'name' : 'place' });
        out.push({ text: candidate, rr, score: similarity(name, rr) });
      }
    }
  }
  return top(out, 0.5);
}

// A Korean name's Chinese form is its Hanja, read in Mandarin: far from the romanization
// (Ban Ki-moon, 潘基文 pān jī wén), so a looser match still makes a candidate to review.
function chineseCandidates(name: string, texts: string[], known: Set<string>, person: boolean, min = 0.6) {
  const out: { text: string; pinyin: string; score: number }[] = [];
  for (const text of texts.map((t) => mask(t, known))) {
    for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
      for (let i = 0; i < run.length; i++) {
        for (let n = 2; n <= 4 && i + n <= run.length; n++) {
          const candidate = run.slice(i, i + n);
          if (known.has(candidate)) continue;
          const reading = pinyin(candidate, { toneType: 'none', surname: person ? 'head' : 'off', type: 'array' }).join(
            ' ',
          );
          out.push({ text: candidate, pinyin: reading, score: similarity(name, reading) });
        }
      }
    }
  }
  return top(out, min);
}

// A run of capitalised words, with "of", "the", "for" and "and" allowed inside (Ministry of
// Foreign Affairs, not "China and Japan"); hyphenated given names (Ki-moon) and initials (Suk-yeol, U.S.) included.
const RUN = /\b[A-Z][\p{L}'’.-]*(?:\s+(?:(?:of|the|for|de)\s+)*[A-Z][\p{L}'’.-]*)*/gu;

/**
 * The capitalised names in the English that are neither registered names nor lexicon terms,
 * each with its likely kind and candidates for its Hangul and Chinese forms, found by
 * romanizing the Korean and Chinese of the same paragraphs and comparing.
 */
export function findUnknownNames(
  paragraphs: { id: string; en: string; ko?: string; zh?: string }[],
  knownEnglish: (text: string) => boolean,
  knownNative: Set<string>,
): UnknownName[] {
  const found = new Map<string, string[]>();
  // A single capitalised word that only ever starts a sentence is an ordinary word (Officials).
  const midSentence = new Set(
    paragraphs.flatMap((p) => [...p.en.matchAll(/[^.!?\s"“]\s+([A-Z][\p{L}-]*)/gu)].map((m) => m[1]!)),
  );
  for (const p of paragraphs) {
    for (const m of p.en.matchAll(RUN)) {
      let words = m[0].replace(/(?:['’]s)?[.’']*$/, '').split(/\s+/);
      const start = m.index === 0 || /[.!?]["”’]?\s+$/.test(p.en.slice(0, m.index));
      if (words.length === 1 && start && !midSentence.has(words[0]!)) continue;
      while (words.length > 1 && (NOT_NAMES.has(words[0]!) || TITLE.test(words[0]!))) words = words.slice(1);
      if (words.length === 1 && NOT_NAMES.has(words[0]!)) words = [];
      // A person's name at the end of a longer run: "Foreign Ministry spokesperson Wang" aside,
      // "Seoul Mayor Oh Se-hoon" → "Oh Se-hoon".
      const cut = words.findIndex(
        (w, i) => i > 0 && i >= words.length - 3 && guessOf(words.slice(i).join(' ')) !== 'name',
      );
      if (cut > 0) words = words.slice(cut);
      while (words.length && /^(?:of|the|for|and|de)$/.test(words.at(-1)!)) words = words.slice(0, -1);
      const text = words.join(' ');
      if (!text || words.every((w) => NOT_NAMES.has(w)) || DEMONYM.test(text) || knownEnglish(text)) continue;
      // Within a longer run, a known name may stand next to an unknown one: "Seoul Mayor Oh".
      if (/^[A-Z]{2,}$/.test(text) && knownEnglish(text)) continue;
      const ids = found.get(text) ?? [];
      if (!ids.includes(p.id)) ids.push(p.id);
      found.set(text, ids);
    }
  }
  return [...found].map(([text, ids]) => {
    const guess = guessOf(text);
    const inParas = paragraphs.filter((p) => ids.includes(p.id));
    const person = guess !== 'name';
    return {
      text,
      paragraphs: ids,
      guess,
      candidates: {
        hangul: hangulCandidates(
          text,
          inParas.flatMap((p) => p.ko ?? []),
          knownNative,
          person,
        ),
        zh: chineseCandidates(
          text,
          inParas.flatMap((p) => p.zh ?? []),
          knownNative,
          person,
          guess === 'korean person' ? 0.4 : 0.6,
        ),
      },
    };
  });
}
