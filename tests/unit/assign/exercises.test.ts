import { describe, expect, it } from 'vitest';
import { buildMatching, buildQuestions, chooseSentences, type QuizTerm } from '@/lib/assign/exercises';

const term = (id: string, en: string, ko: string, sentences: QuizTerm['sentences'] = []): QuizTerm => ({
  id,
  en,
  ko,
  pos: 'noun',
  def: { en: `${en} def`, ko: `${ko} 설명`, zh: `${en} 释义` },
  zh: '词',
  pinyin: 'cí',
  sentences,
});
const s = (paragraph: number, before: string, answer: string, after: string) => ({ paragraph, before, answer, after });

const pool = [
  term('summit', 'summit', '정상회담', [s(1, 'Talks on ', 'summit', ' ties.')]),
  term('ties', 'ties', '관계', [s(1, 'Talks on summit ', 'ties', '.'), s(3, 'Bilateral ', 'ties', ' grew.')]),
  term('ally', 'alliance', '동맹'),
  term('ban', 'ban', '금지'),
  term('envoy', 'envoy', '특사'),
];

describe('buildQuestions', () => {
  const questions = buildQuestions(pool.slice(0, 2), pool, 'seed');

  it('asks English → Korean, Korean → English and a blank for each focus term', () => {
    expect(questions.map((q) => q.id)).toEqual([
      'enKo-summit',
      'enKo-ties',
      'koEn-summit',
      'koEn-ties',
      'blank-summit',
      'blank-ties',
    ]);
  });

  it('puts the right answer among four different options', () => {
    for (const q of questions) {
      expect(new Set(q.options).size).toBe(4);
      expect(q.options[q.answer]).toBe(
        q.kind === 'enKo' ? q.term.ko : q.kind === 'koEn' ? q.term.en : q.sentence!.answer,
      );
    }
  });

  it('gives the same questions for the same assignment', () => {
    expect(buildQuestions(pool.slice(0, 2), pool, 'seed')).toEqual(questions);
  });

  it('skips the blank for a term the article never uses in English', () => {
    expect(buildQuestions([pool[2]!], pool, 'seed').map((q) => q.kind)).toEqual(['enKo', 'koEn']);
  });
});

describe('chooseSentences', () => {
  it('gives two terms two different sentences when it can', () => {
    const chosen = chooseSentences(pool.slice(0, 2));
    expect(chosen.get('summit')?.paragraph).toBe(1);
    expect(chosen.get('ties')?.paragraph).toBe(3);
  });

  it('prefers the assigned paragraphs', () => {
    expect(chooseSentences([pool[1]!], [3]).get('ties')?.before).toBe('Bilateral ');
  });
});

describe('buildMatching', () => {
  it('keys every term to the letter of its own meaning', () => {
    const m = buildMatching(pool, 'seed');
    m.terms.forEach((t, i) => expect(m.meanings[m.key[i]!]!.id).toBe(t.id));
  });
});
