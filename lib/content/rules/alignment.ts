import { annotate, indexMarks } from '../annotate';
import type { ArticleFile, Lang, NameEntry } from '../schema';
import { lineOf, type Json, type Problem } from './json';
import type { z } from 'zod';

// A translation a paragraph away from its English: lengths that cannot belong together.
// Ratios of Korean and Chinese characters to English characters in news text.
const RATIO: Record<Exclude<Lang, 'en'>, [number, number]> = { ko: [0.2, 1.2], zh: [0.12, 0.8] };

/**
 * Each paragraph's translations against its English: lengths that cannot belong together, and
 * names that belong to a neighbouring paragraph's English rather than its own.
 */
export function alignment(json: Json, article: z.infer<typeof ArticleFile>, names: NameEntry[]): Problem[] {
  const problems: Problem[] = [];
  article.paragraphs.forEach((p, i) => {
    for (const lang of ['ko', 'zh'] as const) {
      const text = p.text[lang];
      if (!text) continue;
      const ratio = [...text].length / [...p.text.en].length;
      const [min, max] = RATIO[lang];
      if (ratio < min || ratio > max) {
        problems.push({
          file: json.file,
          line: lineOf(json, ['paragraphs', i, 'text', lang]),
          message: `the ${lang} text of ${p.id} is ${ratio < min ? 'far shorter' : 'far longer'} than its English (${ratio.toFixed(2)} of its length)`,
          fix: 'check that it translates this paragraph and not the one before or after',
        });
      }
    }
  });

  // Names tie a translation to its English: when a paragraph's translation shares clearly
  // more names with a neighbour's English than with its own, the translations have slipped.
  const nameIndex = indexMarks({ names });
  const namesIn = (text: string | undefined, lang: Lang) =>
    new Set(text ? annotate(text, lang, nameIndex).flatMap((s) => (typeof s === 'string' ? [] : [s.id])) : []);
  const jaccard = (a: Set<string>, b: Set<string>) => {
    const union = new Set([...a, ...b]).size;
    return union === 0 ? 0 : [...a].filter((x) => b.has(x)).length / union;
  };
  const english = article.paragraphs.map((p) => namesIn(p.text.en, 'en'));
  article.paragraphs.forEach((p, i) => {
    for (const lang of ['ko', 'zh'] as const) {
      const here = namesIn(p.text[lang], lang);
      if (here.size === 0) continue;
      const own = jaccard(here, english[i]!);
      const near = [i - 1, i + 1].find((j) => english[j] && jaccard(here, english[j]!) >= own + 0.5);
      if (near !== undefined) {
        problems.push({
          file: json.file,
          line: lineOf(json, ['paragraphs', i, 'text', lang]),
          message: `the ${lang} text of ${p.id} names who and what ${article.paragraphs[near]!.id}'s English does, not its own`,
          fix: 'the translations seem shifted by a paragraph: put each translation with its English',
        });
      }
    }
  });
  return problems;
}
