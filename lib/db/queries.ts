import type { Db } from './index';

// Every query the classes feature makes, one function each; nothing else writes SQL. The same
// Kysely code runs on SQLite and PostgreSQL (tests/unit/classes/storage.test.ts runs both).

export type NewClass = { id: string; code: string; keyHash: string; name: string; roster: string[]; now: string };

/** Inserts a class; false when its code is taken (the caller draws another). */
export async function createClass(db: Db, c: NewClass): Promise<boolean> {
  const result = await db
    .insertInto('classes')
    .values({
      id: c.id,
      code: c.code,
      key_hash: c.keyHash,
      name: c.name,
      roster: JSON.stringify(c.roster),
      created_at: c.now,
      last_activity_at: c.now,
    })
    .onConflict((oc) => oc.column('code').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export type ClassRow = { id: string; code: string; keyHash: string; name: string; roster: string[] };

const toClass = (r: { id: string; code: string; key_hash: string; name: string; roster: string }): ClassRow => ({
  id: r.id,
  code: r.code,
  keyHash: r.key_hash,
  name: r.name,
  roster: JSON.parse(r.roster) as string[],
});

/** The class whose `column` holds `value`: the two ways in, a student's code and a teacher's key. */
async function getClassWhere(db: Db, column: 'code' | 'key_hash', value: string): Promise<ClassRow | undefined> {
  const row = await db
    .selectFrom('classes')
    .select(['id', 'code', 'key_hash', 'name', 'roster'])
    .where(column, '=', value)
    .executeTakeFirst();
  return row && toClass(row);
}

export const getClassByCode = (db: Db, code: string) => getClassWhere(db, 'code', code);
export const getClassByKeyHash = (db: Db, keyHash: string) => getClassWhere(db, 'key_hash', keyHash);

export type NewSubmission = {
  id: string;
  classId: string;
  assignment: { id: string; slug: string; query: string };
  student: { id: string; name: string };
  paragraphsRead: string[];
  answers: { term: string; correct: boolean }[];
  correct: number;
  total: number;
  at: string;
  now: string;
};

/**
 * Records a submission once: a second one with the same id changes nothing ('duplicate'). The
 * dashboard's row for the student and assignment takes it only if it is not older than the one
 * it has (snapshots may arrive out of order from a device's queue). One transaction: when this
 * returns, the submission is committed.
 */
export async function recordSubmission(db: Db, s: NewSubmission): Promise<'created' | 'duplicate'> {
  return db.transaction().execute(async (tx) => {
    const inserted = await tx
      .insertInto('submissions')
      .values({
        id: s.id,
        class_id: s.classId,
        assignment_id: s.assignment.id,
        student_id: s.student.id,
        at: s.at,
        received_at: s.now,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return 'duplicate';

    await tx
      .insertInto('assignments')
      .values({
        class_id: s.classId,
        id: s.assignment.id,
        slug: s.assignment.slug,
        query: s.assignment.query,
        first_at: s.now,
      })
      .onConflict((oc) => oc.columns(['class_id', 'id']).doNothing())
      .execute();

    const snapshot = {
      student_name: s.student.name,
      paragraphs_read: JSON.stringify(s.paragraphsRead),
      answers: JSON.stringify(s.answers),
      correct: s.correct,
      total: s.total,
      at: s.at,
    };
    await tx
      .insertInto('progress')
      .values({ class_id: s.classId, assignment_id: s.assignment.id, student_id: s.student.id, ...snapshot })
      .onConflict((oc) =>
        oc
          .columns(['class_id', 'assignment_id', 'student_id'])
          .doUpdateSet({
            student_name: (eb) => eb.ref('excluded.student_name'),
            paragraphs_read: (eb) => eb.ref('excluded.paragraphs_read'),
            answers: (eb) => eb.ref('excluded.answers'),
            correct: (eb) => eb.ref('excluded.correct'),
            total: (eb) => eb.ref('excluded.total'),
            at: (eb) => eb.ref('excluded.at'),
          })
          .where((eb) => eb('progress.at', '<=', eb.ref('excluded.at'))),
      )
      .execute();

    await tx
      .updateTable('classes')
      .set({ last_activity_at: s.now })
      .where('id', '=', s.classId)
      .where('last_activity_at', '<', s.now)
      .execute();
    return 'created';
  });
}

export type ProgressRow = {
  assignmentId: string;
  studentId: string;
  studentName: string;
  paragraphsRead: string[];
  answers: { term: string; correct: boolean }[];
  correct: number;
  total: number;
  at: string;
};

export type ClassResults = {
  assignments: { id: string; slug: string; query: string; firstAt: string }[];
  progress: ProgressRow[];
};

/** What the dashboard shows: the class's assignments and each student's latest snapshot. */
export async function getClassResults(db: Db, classId: string): Promise<ClassResults> {
  const [assignments, progress] = await Promise.all([
    db
      .selectFrom('assignments')
      .select(['id', 'slug', 'query', 'first_at'])
      .where('class_id', '=', classId)
      .orderBy('first_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('progress')
      .select(['assignment_id', 'student_id', 'student_name', 'paragraphs_read', 'answers', 'correct', 'total', 'at'])
      .where('class_id', '=', classId)
      .orderBy('student_name')
      .orderBy('student_id')
      .execute(),
  ]);
  return {
    assignments: assignments.map((a) => ({ id: a.id, slug: a.slug, query: a.query, firstAt: a.first_at })),
    progress: progress.map((p) => ({
      assignmentId: p.assignment_id,
      studentId: p.student_id,
      studentName: p.student_name,
      paragraphsRead: JSON.parse(p.paragraphs_read) as string[],
      answers: JSON.parse(p.answers) as ProgressRow['answers'],
      correct: Number(p.correct),
      total: Number(p.total),
      at: p.at,
    })),
  };
}

/** The ids of every submission a class has received (tests and the kill check). */
export async function listSubmissionIds(db: Db, classId: string): Promise<string[]> {
  const rows = await db.selectFrom('submissions').select('id').where('class_id', '=', classId).execute();
  return rows.map((r) => r.id);
}

/** Removes one student's data from a class; the number of snapshots removed. */
export async function deleteStudent(db: Db, classId: string, studentId: string): Promise<number> {
  return db.transaction().execute(async (tx) => {
    await tx.deleteFrom('submissions').where('class_id', '=', classId).where('student_id', '=', studentId).execute();
    const removed = await tx
      .deleteFrom('progress')
      .where('class_id', '=', classId)
      .where('student_id', '=', studentId)
      .executeTakeFirst();
    return Number(removed.numDeletedRows);
  });
}

/** Removes a class and everything it received. */
export async function deleteClass(db: Db, classId: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    for (const table of ['progress', 'submissions', 'assignments'] as const) {
      await tx.deleteFrom(table).where('class_id', '=', classId).execute();
    }
    await tx.deleteFrom('classes').where('id', '=', classId).execute();
  });
}

/** Deletes the classes with no activity since `before` (ISO time); how many. */
export async function purgeInactiveClasses(db: Db, before: string): Promise<number> {
  const stale = await db.selectFrom('classes').select('id').where('last_activity_at', '<', before).execute();
  for (const { id } of stale) await deleteClass(db, id);
  return stale.length;
}
