import type { Messages } from '@/global';
import { assignmentQuery } from '@/lib/assign/query';
import type { Lang } from '@/lib/content/langs';

// The builder's state, shared by its sections. Each section of the form (./*Section.tsx)
// reads the draft and proposes changes to it; AssignmentBuilder keeps it and saves it.

export type BuilderArticle = {
  slug: string;
  headline: string;
  /** The start of each paragraph's English, to recognise it by. */
  paragraphs: string[];
  terms: { id: string; en: string; ko: string; zh: string }[];
};

export type Draft = {
  v: 1;
  slug: string;
  paras: number[];
  show: Lang[];
  reveal: boolean;
  focus: string[];
  title: string;
  note: string;
  due: string;
  /** The students' interface language: the link's locale. */
  locale: Lang;
  /** The class the assignment is for (its code, ClassSection.tsx); none when absent. */
  class?: string;
};

/** What every section of the form gets. */
export type SectionProps = {
  draft: Draft;
  update: (change: Partial<Draft>) => void;
  labels: Messages['Teach'];
};

export const DRAFT_KEY = 'teach.draft';

/** The form as it opens on an article: every paragraph, English, no focus terms. */
export const fresh = (article: BuilderArticle, locale: Lang): Draft => ({
  v: 1,
  slug: article.slug,
  paras: article.paragraphs.map((_, i) => i + 1),
  show: ['en'],
  reveal: true,
  focus: [],
  title: '',
  note: '',
  due: '',
  locale,
});

/** What stops the draft from being an assignment, as the messages to show. */
export function problems(draft: Draft, labels: Messages['Teach']): string[] {
  return [
    ...(draft.paras.length === 0 ? [labels.noParagraphs] : []),
    ...(draft.show.length === 0 ? [labels.noLanguages] : []),
  ];
}

/** The reader path and query of the assignment (the worksheet takes the same query). */
export function assignmentLink(draft: Draft, article: BuilderArticle) {
  const query = assignmentQuery({
    show: draft.show,
    reveal: draft.reveal,
    ...(draft.paras.length === article.paragraphs.length ? {} : { paras: draft.paras }),
    focus: draft.focus,
    ...(draft.title.trim() ? { title: draft.title.trim() } : {}),
    ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
    ...(draft.due ? { due: draft.due } : {}),
    ...(draft.class ? { class: draft.class } : {}),
  });
  const path = `/${draft.locale}/articles/${article.slug}`;
  const search = query ? `?${query}` : '';
  return { reader: `${path}${search}`, worksheet: `${path}/worksheet${search}` };
}
