import readings from 'hanja/lib/data/hanjaeum.json';
import { toTraditional } from '@/lib/romanize/traditional';
import { isAcronym, matchForms } from '@/lib/terms/lexicon';
import { annotate, indexMarks, markSpans, type FormIndex } from './annotate';
import { LANGS, type Lang, type LexiconEntry, type NameEntry } from './schema';

// content:check's rules for whole classes of lexicon error: forms that mark another concept,
// forms that fall inside a registered name, entries that match in one language and not in the
// others, Hanja that does not read as its Hangul. Pure functions over parsed content; check.ts
// turns a finding into a file and line.

/** A lexicon entry and where it stands: `index` in its file's array. */
export type Placed = { entry: LexiconEntry; file: string; index: number };
/** A block of article text: the article, where in it (for messages), what it says in one
 *  language, and the texts its terms.json says are not to be marked there. */
export type Block = { article: string; where: string; lang: Lang; text: string; suppressed?: Set<string> };
/** One finding: which entry (or name), the JSON path inside it, what is wrong and how to fix it. */
export type Finding = { file: string; index: number; at: (string | number)[]; message: string; fix: string };

const key = (lang: Lang, form: string) => (lang === 'en' && !isAcronym(form) ? form.toLowerCase() : form);

/** The strings an entry owns in one language: its term and every form it marks. */
function owned(entry: LexiconEntry, lang: Lang): string[] {
  const match = matchForms(entry);
  const term = lang === 'en' ? entry.en : entry[lang].term;
  return [...new Set([term, ...match[lang]])];
}

/** A form marked by one entry that is another entry's term or form: one of them marks the wrong concept. */
export function sharedForms(lexicon: readonly Placed[]): Finding[] {
  const findings: Finding[] = [];
  for (const lang of LANGS) {
    const first = new Map<string, Placed>();
    for (const placed of lexicon) {
      for (const form of owned(placed.entry, lang)) {
        const k = key(lang, form);
        const other = first.get(k);
        if (other && other.entry.id !== placed.entry.id) {
          findings.push({
            file: placed.file,
            index: placed.index,
            at: lang === 'en' ? ['forms'] : [lang, 'forms'],
            message: `the ${lang} form "${form}" of "${placed.entry.id}" is also a term or form of "${other.entry.id}" (${other.file})`,
            fix: 'a form may mark one concept only: narrow the forms of one entry, or merge the two',
          });
        } else if (!other) first.set(k, placed);
      }
    }
  }
  return findings;
}

const spans = (text: string, lang: Lang, index: FormIndex, suppressed?: Set<string>) =>
  markSpans(annotate(text, lang, index, suppressed));

const termIndex = (lexicon: readonly Placed[]) =>
  indexMarks({ terms: lexicon.map(({ entry }) => ({ id: entry.id, match: matchForms(entry) })) });

/**
 * Whether a term's span inside a name's span is one of the name's own words: "Foreign
 * Ministry" in "Chinese Foreign Ministry", 장관 in 강 장관, 外交部 at the end of 中国外交部.
 * Chinese has no spaces, so there a term may stand at either end of the name but not inside.
 */
function isWordOfName(lang: Lang, name: string, start: number, end: number): boolean {
  if (lang === 'zh') return start === 0 || end === name.length;
  const wordStart = start === 0 || /\s/.test(name[start - 1]!);
  const wordEnd = end === name.length || /\s/.test(name[end]!);
  return wordStart && wordEnd;
}

/**
 * A term form found in the articles inside a registered name, cutting across its words
 * (한중 inside 한중일, 共产 inside 中国共产党): names win where they are registered, but the
 * form would mark the same letters wherever they stand, as a different concept.
 */
export function formsInsideNames(
  lexicon: readonly Placed[],
  names: readonly NameEntry[],
  blocks: readonly Block[],
): Finding[] {
  const nameIndex = indexMarks({ names });
  const terms = termIndex(lexicon);
  const byId = new Map(lexicon.map((p) => [p.entry.id, p]));
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const block of blocks) {
    const nameSpans = spans(block.text, block.lang, nameIndex);
    for (const term of spans(block.text, block.lang, terms)) {
      const name = nameSpans.find((n) => term.start >= n.start && term.end <= n.end);
      if (!name || isWordOfName(block.lang, name.text, term.start - name.start, term.end - name.start)) continue;
      const placed = byId.get(term.id)!;
      const id = `${term.id}\u0000${term.text}\u0000${name.text}`;
      if (seen.has(id)) continue;
      seen.add(id);
      findings.push({
        file: placed.file,
        index: placed.index,
        at: block.lang === 'en' ? ['forms'] : [block.lang, 'forms'],
        message: `the ${block.lang} form "${term.text}" of "${term.id}" occurs inside the name "${name.text}" (articles/${block.article} ${block.where})`,
        fix: 'narrow the form so that it cannot match inside the name',
      });
    }
  }
  return findings;
}

const LETTER = /[\p{L}\p{N}]/u;
const HANGUL = /[가-힣]/;

/** Whether `form` stands in `text` as the matcher would take it (a whole English word; a
 *  Korean form not ending another word), inside a longer marked term or not, but outside the
 *  `skip` spans (registered names, which win over terms). */
export function occurs(
  text: string,
  form: string,
  lang: Lang,
  skip: readonly { start: number; end: number }[] = [],
): boolean {
  const haystack = lang === 'en' && !isAcronym(form) ? text.toLowerCase() : text;
  const needle = lang === 'en' && !isAcronym(form) ? form.toLowerCase() : form;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + needle.length] ?? '';
    if (lang === 'en' && (LETTER.test(before) || LETTER.test(after))) continue;
    if (lang === 'ko' && HANGUL.test(before)) continue;
    if (skip.some((s) => at >= s.start && at + needle.length <= s.end)) continue;
    return true;
  }
  return false;
}

/**
 * An entry the reader marks in some language of the articles whose forms in another language
 * that the same places are written in occur nowhere in the articles: its forms there are
 * wrong or too narrow, or the translations do not use the term the lexicon gives. Marked means
 * what the reader shows (longest match, names first: "diplomats" in "top diplomats" is not
 * marked as diplomat); occurring is looser (정상 inside 정상회담 occurs, outside names).
 * `accounted` lists, by language, the entries an article's terms.json marks by hand or says a
 * translation renders without a markable word.
 */
export function unmatchedLanguages(
  lexicon: readonly Placed[],
  names: readonly NameEntry[],
  blocks: readonly Block[],
  accounted: Record<Lang, Set<string>>,
): Finding[] {
  const nameIndex = indexMarks({ names });
  const index = indexMarks({ names, terms: lexicon.map(({ entry }) => ({ id: entry.id, match: matchForms(entry) })) });
  const nameSpans = new Map(blocks.map((b) => [b, spans(b.text, b.lang, nameIndex)]));
  const written = new Map<string, Set<Lang>>();
  const markedAt = new Map<string, Map<string, Set<Lang>>>(); // entry id → place → languages marked
  for (const block of blocks) {
    const place = `${block.article}\u0000${block.where}`;
    written.set(place, (written.get(place) ?? new Set()).add(block.lang));
    for (const s of spans(block.text, block.lang, index, block.suppressed)) {
      const places = markedAt.get(s.id) ?? new Map<string, Set<Lang>>();
      places.set(place, (places.get(place) ?? new Set()).add(block.lang));
      markedAt.set(s.id, places);
    }
  }
  const findings: Finding[] = [];
  for (const placed of lexicon) {
    const { entry } = placed;
    const places = markedAt.get(entry.id);
    if (!places) continue;
    const marked = new Set([...places.values()].flatMap((langs) => [...langs]));
    const occursIn = (lang: Lang) =>
      accounted[lang].has(entry.id) ||
      blocks.some(
        (b) => b.lang === lang && owned(entry, lang).some((form) => occurs(b.text, form, lang, nameSpans.get(b))),
      );
    for (const lang of LANGS) {
      if (marked.has(lang) || ![...places.keys()].some((p) => written.get(p)?.has(lang)) || occursIn(lang)) continue;
      findings.push({
        file: placed.file,
        index: placed.index,
        at: lang === 'en' ? ['forms'] : [lang, 'forms'],
        message: `"${entry.id}" is marked in the ${[...marked].join(' and ')} text of the articles but its ${lang} forms (${owned(entry, lang).join(', ')}) match nothing there`,
        fix: `add the ${lang} form the translations use, correct the forms, or list it under "untranslated" in the article's terms.json with why`,
      });
    }
  }
  return findings;
}

const TABLE = readings as Record<string, string>;
// Characters that are a Simplified form of another and also a traditional character of their
// own, with their own meaning in Korean Hanja (干 in 干涉, 后 in 王后, 系 in 系統, 台 in 燈台).
const BOTH = new Set([...'干后里系台云余谷斗冲松只面出着准征范采朴凶游几划仆']);
const HANGUL_BASE = 0xac00;
const initialOf = (s: string) => Math.floor((s.charCodeAt(0) - HANGUL_BASE) / 588);
const withInitial = (s: string, initial: number) =>
  String.fromCharCode(HANGUL_BASE + initial * 588 + ((s.charCodeAt(0) - HANGUL_BASE) % 588));
const RIEUL = 5;
const NIEUN = 2;
const IEUNG = 11;
// Medials ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ, before which ㄴ becomes ㅇ at the start of a word (두음 법칙, 한글 맞춤법 10항).
const Y_MEDIALS = new Set([2, 6, 7, 12, 17, 20]);
const medialOf = (s: string) => Math.floor(((s.charCodeAt(0) - HANGUL_BASE) % 588) / 28);

/** The syllables a Hanja may be written as: its reading and, by 두음 법칙 (한글 맞춤법 10–12항)
 *  and its 붙임 (비율, 선율), the reading with ㄹ → ㄴ/ㅇ and ㄴ → ㅇ. */
export function hanjaSyllables(char: string, extra: Readonly<Record<string, readonly string[]>>): Set<string> {
  const base = [TABLE[char], ...(extra[char] ?? [])].filter((r): r is string => !!r);
  const out = new Set<string>();
  for (const r of base) {
    out.add(r);
    const initial = initialOf(r);
    if (initial === RIEUL) {
      out.add(withInitial(r, NIEUN));
      out.add(withInitial(r, IEUNG));
    }
    if (initial === NIEUN && Y_MEDIALS.has(medialOf(r))) out.add(withInitial(r, IEUNG));
  }
  return out;
}

const DIGIT_SYLLABLES = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];

/**
 * Whether `hanja` writes syllables of `hangul` in order, character by character. Syllables
 * the Hanja does not write may stand between (particles and endings of a phrase: 關係回復 in
 * 관계를 회복하다); digits read as Sino-Korean numbers (三國 in 3국).
 */
export function hanjaReads(hanja: string, hangul: string, extra: Readonly<Record<string, readonly string[]>>): boolean {
  const chars = [...hanja.replace(/[\s·]/g, '')];
  const syllables = [...hangul.replace(/\d/g, (d) => DIGIT_SYLLABLES[Number(d)]!).replace(/[^가-힣]/g, '')];
  let at = 0;
  for (const c of chars) {
    const can = hanjaSyllables(c, extra);
    while (at < syllables.length && !can.has(syllables[at]!)) at++;
    if (at === syllables.length) return false;
    at++;
  }
  return true;
}

/** Hanja that does not read as the Hangul it is given for, in the lexicon and the names registry. */
export function hanjaReadings(
  lexicon: readonly Placed[],
  names: readonly { entry: NameEntry; file: string; index: number }[],
  extra: Readonly<Record<string, readonly string[]>>,
): Finding[] {
  const findings: Finding[] = [];
  const check = (file: string, index: number, at: (string | number)[], hanja: string, hangul: string) => {
    // Korean writes Hanja in their traditional forms: a Simplified character that reads the
    // same as its traditional form (会 for 會) is a slip, which the reading table would miss.
    // Character by character (a phrase converter spells 回避 as 迴避), and not the characters
    // that are also traditional ones in their own right (干涉, 后妃, 余裕).
    const traditional = [...hanja].map((c) => (BOTH.has(c) ? c : toTraditional(c)));
    const simplified = [...hanja].filter(
      (c, i) => traditional[i] !== c && TABLE[c] && TABLE[c] === TABLE[traditional[i]!],
    );
    if (simplified.length > 0) {
      findings.push({
        file,
        index,
        at,
        message: `the Hanja "${hanja}" has Simplified characters (${simplified.join(', ')})`,
        fix: `write them as Korean does, in traditional forms: ${traditional.join('')}`,
      });
      return;
    }
    if (hanjaReads(hanja, hangul, extra)) return;
    const read = [...hanja].map((c) => (/\s|·/.test(c) ? c : ([...hanjaSyllables(c, extra)][0] ?? '?'))).join('');
    findings.push({
      file,
      index,
      at,
      message: `the Hanja "${hanja}" reads "${read}", which is not in "${hangul}"`,
      fix: 'correct the Hanja character by character, or remove it; a reading the table lacks goes in content/hanja/readings.json with its source',
    });
  };
  for (const { entry, file, index } of lexicon)
    if (entry.ko.hanja) check(file, index, ['ko', 'hanja'], entry.ko.hanja, entry.ko.term);
  for (const { entry, file, index } of names) if (entry.hanja) check(file, index, ['hanja'], entry.hanja, entry.hangul);
  return findings;
}
