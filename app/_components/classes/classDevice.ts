import { readStoredValue, useStoredValue, writeStoredValue } from '@/app/_components/islands/storedValue';

/**
 * What classes keep on this device (localStorage, through storedValue.ts), each value
 * versioned `{ "v": 1, … }`. Unreadable or newer data reads as nothing and is replaced by the
 * next write: a student is asked their name again, a teacher's list starts empty.
 *
 * - `class-student`: the student's display name and the id made on this device;
 * - `class-queue`: submissions not yet acknowledged (submissionQueue.ts);
 * - `class-info:CODE`: the class's name and roster as last seen, for when the server is away;
 * - `classes`: the classes a teacher created here, with their dashboard links.
 */
export const KEYS = {
  student: 'class-student',
  queue: 'class-queue',
  info: (code: string) => `class-info:${code}`,
  teacher: 'classes',
} as const;

export const LIMITS = { className: 80, rosterSize: 60, studentName: 40 } as const;

export type Student = { id: string; name: string };
export type ClassInfo = { name: string; roster: string[] };
export type TeacherClass = { name: string; code: string; link: string; created: string };

const isString = (v: unknown): v is string => typeof v === 'string';

/** The value of a versioned record, or null when it is missing, unreadable or of another version. */
export function readVersioned(raw: string | null): Record<string, unknown> | null {
  if (!raw) return null;
  try {
    const data = JSON.parse(raw) as unknown;
    return data && typeof data === 'object' && (data as { v?: unknown }).v === 1
      ? (data as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

const write = (key: string, value: object) => writeStoredValue(key, JSON.stringify({ v: 1, ...value }));

export function parseStudent(raw: string | null): Student | null {
  const d = readVersioned(raw);
  return d && isString(d.id) && isString(d.name) && d.name.trim() ? { id: d.id, name: d.name } : null;
}
export const readStudent = () => parseStudent(readStoredValue(KEYS.student));
/** Keeps the name; the id stays the one this device made first. */
export function saveStudent(name: string): Student {
  const student = { id: readStudent()?.id ?? crypto.randomUUID(), name };
  write(KEYS.student, student);
  return student;
}

export function parseClassInfo(raw: string | null): ClassInfo | null {
  const d = readVersioned(raw);
  return d && isString(d.name) && Array.isArray(d.roster) && d.roster.every(isString)
    ? { name: d.name, roster: d.roster }
    : null;
}
export const readClassInfo = (code: string) => parseClassInfo(readStoredValue(KEYS.info(code)));
export const saveClassInfo = (code: string, info: ClassInfo) => write(KEYS.info(code), info);

export function parseTeacherClasses(raw: string | null): TeacherClass[] {
  const d = readVersioned(raw);
  if (!d || !Array.isArray(d.classes)) return [];
  return d.classes.filter(
    (c: unknown): c is TeacherClass =>
      !!c &&
      typeof c === 'object' &&
      [(c as TeacherClass).name, (c as TeacherClass).code, (c as TeacherClass).created].every(isString) &&
      // Only this site's dashboard links: a stored javascript: URL must never become a link.
      isString((c as TeacherClass).link) &&
      /^https?:\/\/[^/]+\/(en|ko|zh)\/classes\/[\w-]{20,}$/.test((c as TeacherClass).link),
  );
}
export const saveTeacherClasses = (classes: TeacherClass[]) => write(KEYS.teacher, { classes });

/** The classes created on this device, newest first (empty while hydrating). */
export function useTeacherClasses(): TeacherClass[] {
  return parseTeacherClasses(useStoredValue(KEYS.teacher) ?? null);
}
