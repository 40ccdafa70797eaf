// npm run bench:engines — romanizes 100,000 syllables of the seed article's Korean and Chinese.
import fs from 'node:fs';
import { bench, describe } from 'vitest';
import { romanizeChinese } from '@/lib/romanize/chinese';
import { romanizeKorean } from '@/lib/romanize/korean';

const article = JSON.parse(fs.readFileSync('content/articles/korea-china-diplomats-talks/article.json', 'utf8'));
const paragraphs: { text: { ko: string; zh: string } }[] = article.paragraphs;

function repeatTo(syllables: number, text: string, pattern: RegExp): string {
  const per = text.match(pattern)?.length ?? 1;
  return Array.from({ length: Math.ceil(syllables / per) }, () => text).join('\n');
}

const korean = repeatTo(100_000, paragraphs.map((p) => p.text.ko).join(' '), /[가-힣]/g);
const chinese = repeatTo(100_000, paragraphs.map((p) => p.text.zh).join(''), /\p{Script=Han}/gu);

describe('100,000 syllables', () => {
  bench(
    'Korean → Revised Romanization',
    () => {
      romanizeKorean(korean);
    },
    { iterations: 3, time: 0 },
  );
  bench(
    'Chinese → pinyin',
    () => {
      romanizeChinese(chinese);
    },
    { iterations: 3, time: 0 },
  );
});
