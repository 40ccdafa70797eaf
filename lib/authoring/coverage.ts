import type { Lang } from '@/lib/content/langs';
import type { Report } from './draft';

/** A term a teacher would gloss in a text, as it stands in each language (null: paraphrased). */
export type Gloss = { en: string; ko: string | null; zh: string | null };

const norm = (lang: Lang, s: string) => (lang === 'en' ? s.toLowerCase() : s).replace(/\s+/g, ' ').trim();

/** A found term covers a gloss when it contains all the glossed words ("Security Council" in
 *  "the UN Security Council" covers "Security Council"); one inside the gloss only touches it
 *  ("veto" in "cast a veto"). */
export function covers(found: string, gloss: string, lang: Lang): 'covers' | 'touches' | false {
  const f = norm(lang, found);
  const g = norm(lang, gloss);
  if (f.includes(g)) return 'covers';
  return g.includes(f) ? 'touches' : false;
}

export type Coverage = Record<Lang, { total: number; covered: number; touched: number; missed: string[] }>;

/**
 * How many of a text's glosses the lexicon's matches in article:new's report cover, in each
 * language: covered in full, touched (a found term inside the gloss), or missed.
 */
export function coverage(glosses: readonly Gloss[], report: Pick<Report, 'terms'>): Coverage {
  const empty = () => ({ total: 0, covered: 0, touched: 0, missed: [] as string[] });
  const result: Coverage = { en: empty(), ko: empty(), zh: empty() };
  const occurrences = report.terms.flatMap((t) => t.occurrences);
  for (const gloss of glosses) {
    for (const lang of ['en', 'ko', 'zh'] as const) {
      const text = gloss[lang];
      if (text === null) continue;
      const row = result[lang];
      row.total++;
      const found = occurrences.filter((o) => o.lang === lang).map((o) => covers(o.text, text, lang));
      if (found.includes('covers')) row.covered++;
      else if (found.includes('touches')) row.touched++;
      else row.missed.push(text);
    }
  }
  return result;
}
