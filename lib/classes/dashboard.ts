import 'server-only';
import type { Lang } from '@/lib/content/langs';
import type { ClassResults } from '@/lib/db/queries';
import { getClassArticle, readAssignmentRef } from './articles';
import { formatCode } from './code';

/** What the dashboard shows, as JSON: the page renders it and its island refreshes it. */
export type DashboardData = {
  name: string;
  /** Grouped for reading aloud: ABC-DEF. */
  code: string;
  roster: string[];
  assignments: DashboardAssignment[];
  /** Every student with data in the class (their latest name), for "remove". */
  students: { id: string; name: string }[];
};

export type DashboardAssignment = {
  id: string;
  slug: string;
  headline: Record<Lang, string>;
  title: string | null;
  due: string | null;
  /** How many paragraphs were assigned. */
  assigned: number;
  students: {
    id: string;
    name: string;
    read: number;
    correct: number;
    total: number;
    /** Terms this student answered wrong at least once. */
    missed: string[];
    at: string;
  }[];
  /** Per term asked, how many students missed it of how many answered; most missed first. */
  questions: { term: string; labels: Record<Lang, string>; missed: number; answered: number }[];
};

export function buildDashboard(cls: { name: string; code: string; roster: string[] }, results: ClassResults) {
  const latestName = new Map<string, { name: string; at: string }>();
  for (const p of results.progress) {
    const known = latestName.get(p.studentId);
    if (!known || known.at < p.at) latestName.set(p.studentId, { name: p.studentName, at: p.at });
  }
  const assignments = results.assignments.map((a): DashboardAssignment => {
    const ref = readAssignmentRef(`${a.slug}?${a.query}`);
    const article = getClassArticle(a.slug);
    const assigned = ref ? new Set(ref.assigned) : new Set<string>();
    const rows = results.progress.filter((p) => p.assignmentId === a.id);
    const perTerm = new Map<string, { missed: number; answered: number }>();
    for (const row of rows) {
      const terms = new Map<string, boolean>();
      for (const answer of row.answers) terms.set(answer.term, (terms.get(answer.term) ?? false) || !answer.correct);
      for (const [term, missed] of terms) {
        const count = perTerm.get(term) ?? { missed: 0, answered: 0 };
        count.answered += 1;
        if (missed) count.missed += 1;
        perTerm.set(term, count);
      }
    }
    return {
      id: a.id,
      slug: a.slug,
      headline: article?.headline ?? { en: a.slug, ko: a.slug, zh: a.slug },
      title: ref?.assignment.title ?? null,
      due: ref?.assignment.due ?? null,
      assigned: assigned.size,
      students: rows.map((p) => ({
        id: p.studentId,
        name: p.studentName,
        read: p.paragraphsRead.filter((id) => assigned.has(id)).length,
        correct: p.correct,
        total: p.total,
        missed: [...new Set(p.answers.filter((x) => !x.correct).map((x) => x.term))],
        at: p.at,
      })),
      questions: [...perTerm]
        .map(([term, count]) => ({
          term,
          labels: article?.terms.get(term) ?? { en: term, ko: term, zh: term },
          ...count,
        }))
        .sort(
          (x, y) =>
            y.missed / y.answered - x.missed / x.answered || y.missed - x.missed || x.term.localeCompare(y.term),
        ),
    };
  });
  return {
    name: cls.name,
    code: formatCode(cls.code),
    roster: cls.roster,
    assignments,
    students: [...latestName]
      .map(([id, { name }]) => ({ id, name }))
      .sort((x, y) => x.name.localeCompare(y.name) || x.id.localeCompare(y.id)),
  } satisfies DashboardData;
}

// A cell a spreadsheet would read as a formula (=, +, -, @, tab, return) is prefixed with '.
const cell = (value: string | number) => {
  const s = String(value);
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const CSV_COLUMNS = [
  'class',
  'article',
  'assignment_title',
  'assignment_id',
  'student',
  'paragraphs_read',
  'paragraphs_assigned',
  'correct',
  'answered',
  'missed_terms',
  'last_activity',
] as const;

/** One row per student per assignment, UTF-8 with a byte-order mark (as My words' export). */
export function dashboardCsv(data: DashboardData, locale: Lang): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const a of data.assignments) {
    const labels = new Map(a.questions.map((q) => [q.term, q.labels[locale]]));
    for (const s of a.students) {
      lines.push(
        [
          data.name,
          a.headline[locale],
          a.title ?? '',
          a.id,
          s.name,
          s.read,
          a.assigned,
          s.correct,
          s.total,
          s.missed.map((term) => labels.get(term) ?? term).join('; '),
          s.at,
        ]
          .map(cell)
          .join(','),
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
