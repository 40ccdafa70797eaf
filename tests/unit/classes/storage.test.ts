import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '@/lib/db';
import { migrations } from '@/lib/db/migrations';
import * as q from '@/lib/db/queries';
import { freshDb, type TestDb } from './engines';

// One suite, both engines: every query of lib/db/queries.ts does the same on SQLite and on
// PostgreSQL, and the migrations run (and run once) on each.

const now = (offsetSeconds = 0) => new Date(Date.UTC(2026, 10, 30, 12, 0, offsetSeconds)).toISOString();

describe.each(['sqlite', 'postgres'] as const)('storage on %s', (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await freshDb(engine);
  });
  afterAll(async () => {
    await t?.drop();
  });

  const newClass = async (code: string) => {
    const c = {
      id: randomUUID(),
      code,
      keyHash: randomUUID().replace(/-/g, ''),
      name: `Class ${code}`,
      roster: ['Ana', '민수'],
      now: now(),
    };
    expect(await q.createClass(t.db, c)).toBe(true);
    return c;
  };
  const submission = (
    classId: string,
    student: string,
    at: number,
    extra: Partial<q.NewSubmission> = {},
  ): q.NewSubmission => ({
    id: randomUUID(),
    classId,
    assignment: { id: 'a1', slug: 'korea-china-diplomats-talks', query: 'paras=1-3' },
    student: { id: student, name: 'Ana' },
    paragraphsRead: ['p1'],
    answers: [{ term: 'summit', correct: false }],
    correct: 0,
    total: 1,
    at: now(at),
    now: now(at),
    ...extra,
  });

  it('runs every migration once, and again finds nothing to do', async () => {
    expect(await migrate(t.db)).toEqual([]);
    const fresh = await freshDb(engine, false);
    try {
      expect(await migrate(fresh.db)).toEqual(Object.keys(migrations));
    } finally {
      await fresh.drop();
    }
  });

  it('creates a class and finds it by code and by key hash, roster kept in order', async () => {
    const c = await newClass('ABCDEF');
    expect(await q.getClassByCode(t.db, 'ABCDEF')).toMatchObject({ id: c.id, name: c.name, roster: ['Ana', '민수'] });
    expect((await q.getClassByKeyHash(t.db, c.keyHash))?.id).toBe(c.id);
    expect(await q.getClassByCode(t.db, 'ZZZZZZ')).toBeUndefined();
  });

  it('refuses a code that is taken', async () => {
    await newClass('TAKEN2');
    const again = { id: randomUUID(), code: 'TAKEN2', keyHash: 'x', name: 'Other', roster: [], now: now() };
    expect(await q.createClass(t.db, again)).toBe(false);
  });

  it('counts a submission sent twice once', async () => {
    const c = await newClass('TWICE2');
    const s = submission(c.id, randomUUID(), 1);
    expect(await q.recordSubmission(t.db, s)).toBe('created');
    expect(await q.recordSubmission(t.db, s)).toBe('duplicate');
    expect(await q.listSubmissionIds(t.db, c.id)).toEqual([s.id]);
  });

  it('keeps the latest snapshot per student and assignment, whatever order they arrive in', async () => {
    const c = await newClass('LATEST');
    const student = randomUUID();
    const later = submission(c.id, student, 20, { paragraphsRead: ['p1', 'p2'], correct: 1, total: 1 });
    const earlier = submission(c.id, student, 10, { paragraphsRead: ['p1'] });
    await q.recordSubmission(t.db, later);
    await q.recordSubmission(t.db, earlier);
    const { progress, assignments } = await q.getClassResults(t.db, c.id);
    expect(assignments.map((a) => a.id)).toEqual(['a1']);
    expect(progress).toHaveLength(1);
    expect(progress[0]).toMatchObject({ paragraphsRead: ['p1', 'p2'], correct: 1, total: 1, at: later.at });
  });

  it('shows a class only its own submissions', async () => {
    const a = await newClass('OWNAAA');
    const b = await newClass('OWNBBB');
    await q.recordSubmission(t.db, submission(a.id, randomUUID(), 1));
    expect((await q.getClassResults(t.db, b.id)).progress).toEqual([]);
  });

  it('removes one student and leaves the others', async () => {
    const c = await newClass('REMOVE');
    const [gone, stays] = [randomUUID(), randomUUID()];
    await q.recordSubmission(t.db, submission(c.id, gone, 1));
    await q.recordSubmission(t.db, submission(c.id, stays, 2));
    expect(await q.deleteStudent(t.db, c.id, gone)).toBe(1);
    const { progress } = await q.getClassResults(t.db, c.id);
    expect(progress.map((p) => p.studentId)).toEqual([stays]);
    expect(await q.listSubmissionIds(t.db, c.id)).toHaveLength(1);
  });

  it('deletes a class with everything it received', async () => {
    const c = await newClass('DELETE');
    await q.recordSubmission(t.db, submission(c.id, randomUUID(), 1));
    await q.deleteClass(t.db, c.id);
    expect(await q.getClassByKeyHash(t.db, c.keyHash)).toBeUndefined();
    expect(await q.listSubmissionIds(t.db, c.id)).toEqual([]);
    expect((await q.getClassResults(t.db, c.id)).assignments).toEqual([]);
  });

  it('purges classes inactive since the cutoff, and only those', async () => {
    const old = await newClass('OLDOLD');
    const active = await newClass('ACTIVE');
    await q.recordSubmission(t.db, submission(active.id, randomUUID(), 0, { now: now(3600) }));
    expect(await q.purgeInactiveClasses(t.db, now(60))).toBeGreaterThanOrEqual(1);
    expect(await q.getClassByCode(t.db, 'OLDOLD')).toBeUndefined();
    expect((await q.getClassByCode(t.db, 'ACTIVE'))?.id).toBe(active.id);
    expect(old.id).not.toBe(active.id);
  });

  it('records 200 submissions sent at once, each once', async () => {
    const c = await newClass('BURSTS');
    const all = Array.from({ length: 200 }, (_, i) => submission(c.id, randomUUID(), i % 60));
    const results = await Promise.all(all.map((s) => q.recordSubmission(t.db, s)));
    expect(results.every((r) => r === 'created')).toBe(true);
    expect(new Set(await q.listSubmissionIds(t.db, c.id))).toEqual(new Set(all.map((s) => s.id)));
  });
});
