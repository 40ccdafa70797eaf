import { describe, expect, it } from 'vitest';
import {
  assignmentKey,
  assignmentQuery,
  formatDue,
  formatRanges,
  LIMITS,
  parseAssignment,
  parseRanges,
  submittedAssignment,
} from '@/lib/assign/params';
import { formatCode, normaliseCode } from '@/lib/classes/code';

const context = { paragraphs: 12, terms: new Set(['thaad', 'mend-ties', 'summit']) };
const parse = (query: string) => parseAssignment(query, context);

describe('paragraph ranges', () => {
  it('reads ranges and single numbers, sorted and without repeats', () => {
    expect(parseRanges('7, 2-4,3')).toEqual([2, 3, 4, 7]);
  });

  it.each(['4-2', '0', 'a-b', '2--4', '1,,x', '-3', '99999'])('rejects %s', (value) => {
    expect(parseRanges(value)).toBeNull();
  });

  it('writes numbers back as the shortest ranges', () => {
    expect(formatRanges([7, 2, 3, 4, 9, 10])).toBe('2-4,7,9,10');
  });
});

describe('parseAssignment', () => {
  it('reads every parameter of a teacher’s link', () => {
    const { assignment, notices } = parse(
      'show=en,ko&reveal=0&paras=2-4,7&focus=thaad,summit&title=Week%2012&note=Read%0Aslowly&due=2026-12-04',
    );
    expect(notices).toEqual([]);
    expect(assignment).toEqual({
      show: ['en', 'ko'],
      reveal: false,
      paras: [2, 3, 4, 7],
      focus: ['thaad', 'summit'],
      title: 'Week 12',
      note: 'Read\nslowly',
      due: '2026-12-04',
    });
  });

  it('is no assignment when the link only chooses languages', () => {
    expect(parse('show=ko').assignment).toBeNull();
  });

  it('drops paragraph numbers past the end of the article, with a notice', () => {
    const { assignment, notices } = parse('paras=11-14');
    expect(assignment?.paras).toEqual([11, 12]);
    expect(notices).toEqual([{ param: 'paras', reason: 'outOfRange' }]);
  });

  it('drops focus terms the article does not have, with a notice', () => {
    const { assignment, notices } = parse('focus=thaad,<script>,nothing-here');
    expect(assignment?.focus).toEqual(['thaad']);
    expect(notices).toEqual([{ param: 'focus', reason: 'unknown' }]);
  });

  it.each([
    ['due=2026-02-30', 'due', 'invalid'],
    ['due=tomorrow', 'due', 'invalid'],
    ['show=en,fr', 'show', 'invalid'],
    ['reveal=maybe', 'reveal', 'invalid'],
    ['paras=5-2', 'paras', 'invalid'],
    [`title=${'x'.repeat(LIMITS.title + 1)}`, 'title', 'tooLong'],
    [`note=${'x'.repeat(LIMITS.note + 1)}`, 'note', 'tooLong'],
    [`paras=${'1,'.repeat(150)}`, 'paras', 'tooLong'],
  ])('drops %s and keeps the rest', (bad, param, reason) => {
    const { assignment, notices } = parse(`${bad}&focus=thaad`);
    expect(notices).toEqual([{ param, reason }]);
    expect(assignment?.focus).toEqual(['thaad']);
  });

  it('keeps markup as text, for the page to show as text', () => {
    const { assignment } = parse(`title=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(assignment?.title).toBe('<img src=x onerror=alert(1)>');
  });

  it('survives broken percent-encoding', () => {
    expect(() => parse('title=%E0%A4%A&note=%ZZ')).not.toThrow();
  });

  // Checked by hand rather than with zod: names an object inherits, and days no calendar has.
  it.each([
    ['reveal=constructor', 'reveal'],
    ['reveal=__proto__', 'reveal'],
    ['due=9999-99-99', 'due'],
    ['show=toString', 'show'],
  ])('drops %s as invalid', (bad, param) => {
    const { assignment, notices } = parse(`${bad}&focus=thaad`);
    expect(notices).toEqual([{ param, reason: 'invalid' }]);
    expect(assignment).toMatchObject({ reveal: true, focus: ['thaad'] });
  });

  it('takes control characters out of a title', () => {
    expect(parse('title=a%00b%0Ac').assignment?.title).toBe('a b c');
  });
});

describe('links and keys', () => {
  it('writes a link the parser reads back unchanged', () => {
    const a = {
      show: ['ko' as const],
      reveal: false,
      paras: [1, 2, 3],
      focus: ['summit'],
      title: 'T & Q',
      note: 'a\nb',
      due: '2026-01-31',
    };
    expect(parse(assignmentQuery(a)).assignment).toEqual(a);
  });

  it('keys progress by assignment, whatever languages are shown', () => {
    const a = parse('paras=1-3&title=A').assignment!;
    const b = parse('paras=1-3&title=A&show=zh').assignment!;
    const c = parse('paras=1-4&title=A').assignment!;
    expect(assignmentKey('x', a)).toBe(assignmentKey('x', b));
    expect(assignmentKey('x', a)).not.toBe(assignmentKey('x', c));
  });

  it('formats a due date as the calendar day in every time zone', () => {
    expect(formatDue('2026-12-04', 'en')).toBe('Friday, December 4, 2026');
    expect(formatDue('2026-12-04', 'ko')).toBe('2026년 12월 4일 금요일');
  });
});

describe('class links', () => {
  it('reads a class code typed with a dash, in any case', () => {
    expect(parse('paras=1&class=abc-def').assignment?.class).toBe('ABCDEF');
  });

  it('makes a link with only a class an assignment of the whole article', () => {
    expect(parse('class=ABCDEF').assignment).toMatchObject({ class: 'ABCDEF', reveal: true, focus: [] });
  });

  it.each(['ABCDE0', 'ABCDEFG', 'IL1O00', ''])('drops the code %s with a notice', (code) => {
    const { notices } = parse(`paras=1&class=${code}`);
    expect(notices).toEqual(code ? [{ param: 'class', reason: 'invalid' }] : []);
  });

  it('keeps the class in the link and out of the assignment a submission names', () => {
    const { assignment } = parse('paras=2-4&focus=summit&class=ABC-DEF');
    expect(assignmentQuery(assignment!)).toBe('paras=2-4&focus=summit&class=ABCDEF');
    expect(submittedAssignment('seed', assignment!)).toBe('seed?paras=2-4&focus=summit');
    expect(assignmentKey('seed', assignment!)).toBe(assignmentKey('seed', parse('paras=2-4&focus=summit').assignment!));
  });

  it('formats a code in two groups and reads it back', () => {
    expect(formatCode('ABCDEF')).toBe('ABC-DEF');
    expect(normaliseCode(' abc def ')).toBe('ABCDEF');
  });
});
