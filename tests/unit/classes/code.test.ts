import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, formatCode, generateCode, isCode, normaliseCode } from '@/lib/classes/code';
import { generateKey, hashKey, KEY_PATTERN, keyMatches } from '@/lib/classes/key';

describe('class codes', () => {
  it('are six characters without look-alikes', () => {
    for (let i = 0; i < 200; i++) expect(generateCode()).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('accept what a student types: any case, a dash or spaces', () => {
    expect(normaliseCode(' abc-d e f ')).toBe('ABCDEF');
    expect(isCode('abc-def')).toBe(true);
    expect(formatCode('abcdef')).toBe('ABC-DEF');
  });

  it('refuse look-alikes and wrong lengths', () => {
    for (const typed of ['ABCDE0', 'ABCDEI', 'ABCDE1', 'ABCDE', 'ABCDEFG', '']) expect(isCode(typed)).toBe(false);
  });
});

describe('teacher keys', () => {
  it('carry 256 random bits as 43 base64url characters', () => {
    const keys = new Set(Array.from({ length: 100 }, generateKey));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(key).toMatch(KEY_PATTERN);
  });

  it('match only their own hash', () => {
    const key = generateKey();
    expect(keyMatches(key, hashKey(key))).toBe(true);
    expect(keyMatches(generateKey(), hashKey(key))).toBe(false);
    expect(keyMatches(key, 'abc')).toBe(false);
  });
});
