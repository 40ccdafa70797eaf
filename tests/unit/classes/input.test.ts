import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fieldsOf, NewClassBody, SubmissionBody } from '@/lib/classes/input';

const valid = {
  id: randomUUID(),
  code: 'abc-def',
  student: { id: randomUUID(), name: '  Ana\u0000 Kim ' },
  assignment: 'korea-china-diplomats-talks?paras=1-3',
  paragraphsRead: ['p1'],
  at: '2026-11-30T09:00:00+09:00',
};

describe('class and submission bodies', () => {
  it('keep names as one line of text, without control characters', () => {
    const body = SubmissionBody.parse(valid);
    expect(body.student.name).toBe('Ana Kim');
    expect(body.code).toBe('ABCDEF');
    expect(body.answers).toEqual([]);
  });

  it('name each invalid field', () => {
    const r = SubmissionBody.safeParse({
      ...valid,
      id: 'x',
      student: { id: randomUUID(), name: 'x'.repeat(41) },
      at: 'yesterday',
    });
    expect(r.success).toBe(false);
    expect(Object.keys(fieldsOf(r.error!)).sort()).toEqual(['at', 'id', 'student.name']);
  });

  it('refuse unknown fields (a client-computed score is not taken)', () => {
    expect(SubmissionBody.safeParse({ ...valid, score: 100 }).success).toBe(false);
  });

  it('accept a roster of up to 60 names, duplicates dropped', () => {
    expect(NewClassBody.parse({ name: 'Year 10', roster: ['Ana', 'Ana', 'Ben'] }).roster).toEqual(['Ana', 'Ben']);
    expect(
      NewClassBody.safeParse({ name: 'Year 10', roster: Array.from({ length: 61 }, (_, i) => `S${i}`) }).success,
    ).toBe(false);
    expect(NewClassBody.safeParse({ name: '' }).success).toBe(false);
  });
});
