import type { Lang } from '@/lib/content/langs';
import {
  assignmentKey,
  parseAssignment,
  PARAMS,
  type Assignment,
  type AssignmentContext,
  type Notice,
} from '@/lib/assign/params';

// The assignment a reader URL carries, and the student's progress on it. Shared by the
// banner, every paragraph (hidden or not, marked read or not) and the vocabulary check.
// Progress is kept in localStorage under the assignment's key, so a reload loses nothing;
// nothing about the student leaves the browser unless the link names a class (ClassJoin).

/** `graded`: each question's term and whether it was answered right, what a class link sends. */
export type Result = { score: number; total: number; at: string; graded?: { term: string; correct: boolean }[] };
export type AssignState = {
  slug: string;
  assignment: Assignment;
  key: string;
  showAll: boolean;
  read: number[];
  answers: Record<string, number>;
  result: Result | null;
};

let state: AssignState | null = null;
let notices: Notice[] = [];
let started = false;
const listeners = new Set<() => void>();

function emit(next: AssignState | null) {
  state = next;
  listeners.forEach((l) => l());
}

function save(s: AssignState) {
  try {
    localStorage.setItem(s.key, JSON.stringify({ v: 1, read: s.read, answers: s.answers, result: s.result }));
  } catch {
    // Blocked or full storage: the progress lasts as long as the page.
  }
}

type Progress = Pick<AssignState, 'read' | 'answers' | 'result'>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown, least: number) => Number.isInteger(value) && (value as number) >= least;

function readResult(value: unknown): Result | null | undefined {
  if (value === null) return null;
  if (!isObject(value)) return undefined;
  const { score, total, at, graded } = value;
  if (typeof score !== 'number' || typeof total !== 'number' || typeof at !== 'string') return undefined;
  if (graded === undefined) return { score, total, at };
  if (!Array.isArray(graded)) return undefined;
  const marks = graded.map((g: unknown) =>
    isObject(g) && typeof g.term === 'string' && typeof g.correct === 'boolean'
      ? { term: g.term, correct: g.correct }
      : undefined,
  );
  return marks.every((m) => m !== undefined) ? { score, total, at, graded: marks } : undefined;
}

/** The progress `save` stored under `key`, or null when there is none or it is unreadable (then ignored). */
function loadProgress(key: string): Progress | null {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    if (!isObject(saved) || saved.v !== 1) return null;
    const { read, answers } = saved;
    const result = readResult(saved.result);
    if (!Array.isArray(read) || !read.every((n) => isCount(n, 1)) || result === undefined) return null;
    if (!isObject(answers) || !Object.values(answers).every((n) => isCount(n, 0))) return null;
    return { read: read as number[], answers: answers as Record<string, number>, result };
  } catch {
    return null;
  }
}

export const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
export const getSnapshot = () => state;
export const getServerSnapshot = (): AssignState | null => null;
/** Problems with the URL's parameters, also when they leave no assignment. */
export const getNotices = () => notices;
/** Whether `start` has read the address bar (what `getSnapshot` says is then the link's). */
export const getStarted = () => started;

/** Reads the assignment from the address bar; called once the reader has hydrated. */
export function start(slug: string, context: AssignmentContext) {
  started = true;
  const search = new URLSearchParams(location.search);
  if (!PARAMS.some((p) => search.has(p))) return emit(null);
  const parsed = parseAssignment(search, context);
  notices = parsed.notices;
  if (!parsed.assignment) return emit(null);
  const key = assignmentKey(slug, parsed.assignment);
  const saved = loadProgress(key);
  emit({
    slug,
    assignment: parsed.assignment,
    key,
    showAll: false,
    read: saved?.read.filter((n) => n <= context.paragraphs) ?? [],
    answers: saved?.answers ?? {},
    result: saved?.result ?? null,
  });
}

function update(change: (s: AssignState) => Partial<AssignState>, persist = true) {
  if (!state) return;
  const next = { ...state, ...change(state) };
  if (persist) save(next);
  emit(next);
}

export const setShowAll = (showAll: boolean) => update(() => ({ showAll }), false);
export const setRead = (n: number, read: boolean) =>
  update((s) => ({ read: read ? [...new Set([...s.read, n])].sort((a, b) => a - b) : s.read.filter((r) => r !== n) }));
export const setAnswer = (question: string, option: number) =>
  update((s) => ({ answers: { ...s.answers, [question]: option } }));
export const setResult = (result: Result | null) => update(() => ({ result, ...(result ? {} : { answers: {} }) }));

/** The paragraphs a student is asked to read: the assigned ones, or all of them. */
export const assignedParas = (s: AssignState, total: number) =>
  s.assignment.paras ?? Array.from({ length: total }, (_, i) => i + 1);

/** The languages a student may show: all, unless the teacher turned revealing off. */
export const allowedLangs = (s: AssignState | null): Lang[] | undefined =>
  s && !s.assignment.reveal ? (s.assignment.show ?? ['en']) : undefined;
