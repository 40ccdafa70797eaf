import { describe, expect, it } from 'vitest';
import { ContentError, parseContent } from '@/lib/content/parse';
import { Article } from '@/lib/content/schema';

const text = { en: 'Hello', ko: '안녕하세요', zh: '你好' };
const valid = {
  slug: 'a-story',
  status: 'published',
  source: { publication: text },
  published: '2017-11-22T22:10:00+09:00',
  headline: text,
  paragraphs: [{ id: 'p1', text }],
};

function problems(data: unknown): string[] {
  try {
    parseContent(Article, data, 'content/articles/a-story/article.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).message).toContain('content/articles/a-story/article.json');
    return (error as ContentError).problems;
  }
  return [];
}

describe('Article schema', () => {
  it('accepts a complete article', () => {
    expect(problems(valid)).toEqual([]);
  });

  it('names the field of a missing translation', () => {
    const data = { ...valid, paragraphs: [{ id: 'p1', text: { en: 'Hi', ko: '안녕' } }] };
    expect(problems(data).join('\n')).toMatch(/^paragraphs\.0\.text\.zh: /m);
  });

  it('rejects empty text', () => {
    const data = { ...valid, headline: { ...text, ko: '   ' } };
    expect(problems(data)).toContain('headline.ko: must not be empty');
  });

  it('rejects paragraph ids out of order', () => {
    const data = { ...valid, paragraphs: [{ id: 'p2', text }] };
    expect(problems(data).join('\n')).toContain('paragraphs.0.id: must be "p1"');
  });

  it('rejects markup in text', () => {
    const data = { ...valid, headline: { ...text, en: '<b>Hi</b>' } };
    expect(problems(data).join('\n')).toContain('headline.en: must be plain text');
  });

  it('rejects a slug that is not lowercase-hyphenated', () => {
    expect(problems({ ...valid, slug: 'A Story' }).join('\n')).toContain('slug: must be lowercase');
  });

  it('rejects unknown fields, catching typos', () => {
    expect(problems({ ...valid, headlin: text }).join('\n')).toMatch(/headlin/);
  });
});
