/**
 * The vocabulary check and the worksheet exercises, built from the focus terms. Pure and
 * deterministic: the same assignment always gives the same questions in the same order,
 * so a student's saved answers still fit after a reload. Runs in the browser and on the server.
 */

/** What the exercises need of a term; computed at build time (lib/assign/quizTerms.ts). */
export type QuizTerm = {
  id: string;
  en: string;
  pos: string;
  /** The learner's definition in each language (the lexicon's `def`). */
  def: { en: string; ko: string; zh: string };
  ko: string;
  hanja?: string;
  zh: string;
  pinyin: string;
  /** Per paragraph, the first English sentence that uses the term, cut around it. */
  sentences: Sentence[];
};

export type Sentence = { paragraph: number; before: string; answer: string; after: string };

/**
 * A sentence for each term's blank: in the assigned paragraphs when there is one there, and a
 * sentence no other term has taken when there is one, so the blanks do not repeat a sentence.
 */
export function chooseSentences(
  terms: readonly Pick<QuizTerm, 'id' | 'sentences'>[],
  paras?: readonly number[],
): Map<string, Sentence> {
  const used = new Set<string>();
  const text = (s: Sentence) => s.before + s.answer + s.after;
  const chosen = new Map<string, Sentence>();
  for (const term of terms) {
    const inside = term.sentences.filter((s) => !paras || paras.includes(s.paragraph));
    const candidates = inside.length > 0 ? inside : term.sentences;
    const sentence = candidates.find((s) => !used.has(text(s))) ?? candidates[0];
    if (!sentence) continue;
    used.add(text(sentence));
    chosen.set(term.id, sentence);
  }
  return chosen;
}

export type QuestionKind = 'enKo' | 'koEn' | 'blank';
export type Question = {
  id: string;
  kind: QuestionKind;
  term: QuizTerm;
  /** The sentence of a fill-in-the-blank. */
  sentence?: Sentence;
  /** The option texts; `answer` is the index of the right one. */
  options: string[];
  answer: number;
};

/** A small seeded generator (mulberry32) over a string hash. */
export function seeded(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Up to `count` wrong options: other terms' texts, the same part of speech first. */
function distractors(
  term: QuizTerm,
  pool: readonly QuizTerm[],
  text: (t: QuizTerm) => string,
  count: number,
  random: () => number,
) {
  const seen = new Set([text(term)]);
  const others = pool.filter((t) => t.id !== term.id);
  const ordered = [
    ...shuffle(
      others.filter((t) => t.pos === term.pos),
      random,
    ),
    ...shuffle(
      others.filter((t) => t.pos !== term.pos),
      random,
    ),
  ];
  const out: string[] = [];
  for (const t of ordered) {
    const value = text(t);
    if (out.length >= count) break;
    if (!seen.has(value)) {
      seen.add(value);
      out.push(value);
    }
  }
  return out;
}

const OPTIONS = 4;

/**
 * For each focus term: English → Korean, Korean → English, and, when the article uses it in
 * an English sentence, a fill-in-the-blank. Wrong options come from the article's other terms.
 */
export function buildQuestions(
  focus: readonly QuizTerm[],
  pool: readonly QuizTerm[],
  seed: string,
  paras?: readonly number[],
): Question[] {
  const random = seeded(seed);
  const questions: Question[] = [];
  const ask = (
    kind: QuestionKind,
    term: QuizTerm,
    right: string,
    text: (t: QuizTerm) => string,
    sentence?: Sentence,
  ) => {
    const wrong = distractors(term, pool, text, OPTIONS - 1, random).filter((o) => o !== right);
    const options = shuffle([right, ...wrong], random);
    questions.push({
      id: `${kind}-${term.id}`,
      kind,
      term,
      ...(sentence ? { sentence } : {}),
      options,
      answer: options.indexOf(right),
    });
  };
  for (const term of focus) ask('enKo', term, term.ko, (t) => t.ko);
  for (const term of focus) ask('koEn', term, term.en, (t) => t.en);
  // The blank takes the form the sentence uses (diplomats, not diplomat).
  const sentences = chooseSentences(focus, paras);
  for (const term of focus) {
    const sentence = sentences.get(term.id);
    if (sentence) ask('blank', term, sentence.answer, (t) => t.en, sentence);
  }
  return questions;
}

/** The worksheet's matching exercise: terms numbered, Korean meanings lettered and shuffled. */
export function buildMatching<T extends { id: string }>(focus: readonly T[], seed: string) {
  const meanings = shuffle(focus, seeded(`match:${seed}`));
  return {
    terms: focus,
    meanings,
    /** For term i, the letter index of its meaning. */
    key: focus.map((t) => meanings.findIndex((m) => m.id === t.id)),
  };
}

export const letter = (i: number) => String.fromCharCode(65 + i);
