import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getArticle, getArticles, getReaderArticle } from '@/lib/content/load';
import { LANGS } from '@/lib/content/schema';

const SLUG = 'korea-china-diplomats-talks';
const article = getArticle(SLUG)!;
const source = fs.readFileSync(path.join('content/articles', SLUG, 'source.txt'), 'utf8');
const blocks = [article.headline, article.caption!, ...article.paragraphs.map((p) => p.text)];

describe('content/articles', () => {
  it('parses every article file', () => {
    expect(getArticles().length).toBeGreaterThan(0);
  });

  it('has the seed article with its 12 body paragraphs', () => {
    expect(article.paragraphs.map((p) => p.id)).toEqual(Array.from({ length: 12 }, (_, i) => `p${i + 1}`));
  });

  it('keeps every English block verbatim from the seed page', () => {
    const flat = source.replace(/\s+/g, ' ');
    for (const block of blocks) expect(flat).toContain(block.en);
  });

  it('drops the page debris of the seed', () => {
    const all = JSON.stringify(article);
    expect(all).not.toContain('Link copied');
    expect(all).not.toContain('지나쌤');
  });

  it('writes Korean blocks in Hangul and Chinese blocks in Han characters without Hangul', () => {
    for (const block of blocks) {
      expect(block.ko).toMatch(/\p{Script=Hangul}/u);
      expect(block.zh).toMatch(/\p{Script=Han}/u);
      expect(block.zh).not.toMatch(/\p{Script=Hangul}/u);
    }
  });

  it('gives every block text in all three languages', () => {
    for (const block of blocks) {
      for (const lang of LANGS) expect(block[lang].trim().length).toBeGreaterThan(0);
    }
  });

  it('uses the Chinese forms of the Korean names in the Chinese text', () => {
    const zh = article.paragraphs.map((p) => p.text.zh).join('');
    expect(zh).toContain('康京和');
    expect(zh).toContain('文在寅');
    expect(zh).not.toContain('강경화');
  });

  it('gives the reader every paragraph of both articles aligned, as phrases that spell its text', () => {
    for (const { slug } of getArticles()) {
      for (const p of getReaderArticle(slug)!.paragraphs) {
        for (const lang of LANGS) expect(p.align?.[lang].map((phrase) => phrase.text).join('')).toBe(p.text[lang]);
        expect(p.align?.en[0]).toEqual({ text: expect.any(String), group: 1 });
      }
    }
  });
});
