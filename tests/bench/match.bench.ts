// npm run bench:engines — term matching on 100,000 words is linear in the text.
import { bench, describe } from 'vitest';
import { getLexicon } from '@/lib/content/load';
import { isAcronym } from '@/lib/terms/lexicon';
import { Matcher } from '@/lib/terms/match';

const matcher = new Matcher(
  getLexicon().flatMap((t) => t.match.en.map((text) => ({ text, value: t.id, caseSensitive: isAcronym(text) }))),
);
const sentence =
  'The top diplomats held talks to mend ties ahead of a summit, and urged restraint over the deployment of THAAD batteries amid sanctions. ';
const words = sentence.split(' ').length;
const text = (n: number) => sentence.repeat(Math.ceil(n / words));

describe('term matching', () => {
  bench('10,000 words', () => void matcher.find(text(10_000)), { iterations: 5, time: 0 });
  bench('100,000 words', () => void matcher.find(text(100_000)), { iterations: 5, time: 0 });
});
