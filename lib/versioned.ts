/**
 * Data kept on the device under a version (My words, lib/words/store.ts; the review's
 * schedule and its deck file, lib/review/deck.ts): the one way each is read, migrated and
 * written. Stored data is hostile until read: nothing here throws, and what cannot be read is
 * reported, never repaired or dropped, so that the caller can leave it in storage until the
 * learner chooses to clear it (nothing is lost to a bug or a newer version).
 */

/** What could not be read: damaged data (or parts of it), or a version newer than this build's. */
export type StoredProblem = 'unreadable' | 'newer';

export type VersionedFormat<T> = {
  /** The version this build writes. */
  version: number;
  /**
   * `migrations[n]` turns the data of version n into the data of version n + 1 (a `v` it
   * keeps is not read again), or gives undefined when the data is not what version n wrote.
   * Version 0 is data without a `v`, from before the format had one. A version without a step
   * cannot be read.
   */
  migrations: Readonly<Partial<Record<number, (data: unknown) => unknown>>>;
  /** Reads data of the current version: the value, and how many parts of it could not be read
   *  and were left out; null when none of it can be read. */
  read: (data: Record<string, unknown>) => { value: T; dropped: number } | null;
};

export type Parsed<T> = { ok: true; value: T; dropped: number } | { ok: false; problem: StoredProblem };

export const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The version of parsed JSON: its `v`, or 0 when it has none; undefined when `v` is not a version. */
function versionOf(data: unknown): number | undefined {
  if (!isRecord(data) || !('v' in data)) return 0;
  return Number.isInteger(data.v) && (data.v as number) >= 0 ? (data.v as number) : undefined;
}

/** Reads parsed JSON of any version of `format`: a newer one is refused, an older one migrated step by step. */
export function parseVersioned<T>(data: unknown, format: VersionedFormat<T>): Parsed<T> {
  let v = versionOf(data);
  if (v === undefined) return { ok: false, problem: 'unreadable' };
  if (v > format.version) return { ok: false, problem: 'newer' };
  let current = data;
  for (; v < format.version; v++) {
    const step = format.migrations[v];
    current = step ? step(current) : undefined;
    if (current === undefined) return { ok: false, problem: 'unreadable' };
  }
  const read = isRecord(current) ? format.read(current) : null;
  return read ? { ok: true, ...read } : { ok: false, problem: 'unreadable' };
}

/**
 * Reads a stored string: nothing stored is `empty()` without a problem. The readable part of
 * partly damaged data is kept and the damage reported; data that cannot be read at all, or is
 * newer, gives `empty()` and the problem.
 */
export function readStored<T>(
  raw: string | null,
  format: VersionedFormat<T>,
  empty: () => T,
): { value: T; problem: StoredProblem | null } {
  if (raw === null) return { value: empty(), problem: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { value: empty(), problem: 'unreadable' };
  }
  const parsed = parseVersioned(data, format);
  if (!parsed.ok) return { value: empty(), problem: parsed.problem };
  return { value: parsed.value, problem: parsed.dropped > 0 ? 'unreadable' : null };
}

/** The string to store: the data with the version this build writes. */
export const writeStored = (format: { version: number }, data: object) =>
  JSON.stringify({ v: format.version, ...data });
