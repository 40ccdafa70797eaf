import * as z from 'zod/mini';
import { LIMITS } from '@/lib/assign/types';
import { LANGS } from '@/lib/content/langs';
import type { BuilderArticle, Draft } from './draft';

// The draft saved in localStorage, validated when it is read back. The builder loads this
// module (and zod) only when a draft is stored.

const SavedDraft = z.object({
  v: z.literal(1),
  slug: z.string(),
  paras: z.array(z.number()),
  show: z.array(z.enum(LANGS)),
  reveal: z.boolean(),
  focus: z.array(z.string()),
  title: z.string().check(z.maxLength(LIMITS.title)),
  note: z.string().check(z.maxLength(LIMITS.note)),
  due: z.string(),
  locale: z.enum(LANGS),
  class: z.optional(z.string()),
}) satisfies z.ZodMiniType<Draft>;

/** The saved draft, fitted to its article as it is now; undefined if unreadable or its article is gone. */
export function readDraft(raw: string, articles: readonly BuilderArticle[]): Draft | undefined {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const saved = SavedDraft.safeParse(json);
  const article = saved.success && articles.find((a) => a.slug === saved.data.slug);
  if (!saved.success || !article) return undefined;
  const terms = new Set(article.terms.map((t) => t.id));
  return {
    ...saved.data,
    paras: saved.data.paras.filter((n) => n >= 1 && n <= article.paragraphs.length),
    focus: saved.data.focus.filter((f) => terms.has(f)),
  };
}
