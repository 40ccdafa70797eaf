import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';
import zh from '@/messages/zh.json';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([key, value]) =>
    typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function leaves(obj: object): string[] {
  return Object.values(obj).flatMap((value) => (typeof value === 'object' ? leaves(value) : [value]));
}

describe('messages', () => {
  it.each([
    ['ko', ko],
    ['zh', zh],
  ])('%s has exactly the keys of en', (_, messages) => {
    expect(keys(messages).sort()).toEqual(keys(en).sort());
  });

  it.each([
    ['en', en],
    ['ko', ko],
    ['zh', zh],
  ])('%s has no empty string', (_, messages) => {
    for (const value of leaves(messages)) expect(value.trim()).not.toBe('');
  });
});
