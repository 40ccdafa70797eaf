import { describe, expect, it } from 'vitest';
import { parseShow, toggleLang } from '@/lib/reader/show';

describe('parseShow', () => {
  it('reads a comma list in reading order', () => {
    expect(parseShow('zh,en')).toEqual(['en', 'zh']);
  });

  it('drops unknown and repeated codes', () => {
    expect(parseShow('ko,fr,ko,<script>')).toEqual(['ko']);
  });

  it('is null when nothing valid is left', () => {
    expect(parseShow('fr')).toBeNull();
    expect(parseShow('')).toBeNull();
    expect(parseShow(null)).toBeNull();
  });
});

describe('toggleLang', () => {
  it('adds a language in reading order', () => {
    expect(toggleLang(['zh'], 'en')).toEqual(['en', 'zh']);
  });

  it('removes a shown language', () => {
    expect(toggleLang(['en', 'ko'], 'en')).toEqual(['ko']);
  });

  it('refuses to hide the last language', () => {
    expect(toggleLang(['ko'], 'ko')).toBeNull();
  });
});
