import type { Assignment } from './types';

// An assignment written back as its link's query, without the parser: the builder and the
// worksheet import this at load time, and zod (lib/assign/params.ts) only where a URL or a
// saved draft must be read.

/** [2, 3, 4, 7] → `2-4,7`. */
export function formatRanges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const from = sorted[i]!;
    let to = from;
    while (sorted[i + 1] === to + 1) to = sorted[++i]!;
    parts.push(to === from ? `${from}` : to === from + 1 ? `${from},${to}` : `${from}-${to}`);
  }
  return parts.join(',');
}

/** The query string of an assignment, in a fixed order: the link the builder shows. */
export function assignmentQuery(a: Assignment): string {
  const params = new URLSearchParams();
  if (a.show?.length) params.set('show', a.show.join(','));
  if (!a.reveal) params.set('reveal', '0');
  if (a.paras?.length) params.set('paras', formatRanges(a.paras));
  if (a.focus.length) params.set('focus', a.focus.join(','));
  if (a.title) params.set('title', a.title);
  if (a.note) params.set('note', a.note);
  if (a.due) params.set('due', a.due);
  if (a.class) params.set('class', a.class);
  return params.toString();
}

/**
 * What a class submission names as its assignment (POST /api/submissions): the article and
 * the link's canonical query without `class=`, e.g. `korea-china-diplomats-talks?paras=1-3`.
 * The server reads it back with parseAssignment against that article.
 */
export function submittedAssignment(slug: string, a: Assignment): string {
  const { class: _class, ...rest } = a;
  return `${slug}?${assignmentQuery(rest)}`;
}

/** The localStorage key of a student's progress: one per article and assignment. */
export function assignmentKey(slug: string, a: Assignment): string {
  const { show: _show, class: _class, ...rest } = a;
  // The languages shown and the class it is sent to do not make another assignment; everything else does.
  return `assignment:${slug}?${assignmentQuery({ ...rest, reveal: true })}`;
}
