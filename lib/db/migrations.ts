import { sql, type Kysely, type Migration } from 'kysely';

// Numbered migrations, run in order at start-up by Kysely's Migrator (lib/db/index.ts). They
// live in code, not in a folder read at run time, so Next's bundle carries them. Each uses only
// what both engines understand: text, integer, primary keys, unique indexes. Never edit one
// that has shipped; add the next number.
export const migrations: Record<string, Migration> = {
  '0001_classes': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('classes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('key_hash', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('roster', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_activity_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('classes_last_activity').on('classes').column('last_activity_at').execute();

      await db.schema
        .createTable('assignments')
        .addColumn('class_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('slug', 'text', (c) => c.notNull())
        .addColumn('query', 'text', (c) => c.notNull())
        .addColumn('first_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('assignments_pk', ['class_id', 'id'])
        .execute();

      await db.schema
        .createTable('submissions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('class_id', 'text', (c) => c.notNull())
        .addColumn('assignment_id', 'text', (c) => c.notNull())
        .addColumn('student_id', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('submissions_class_student')
        .on('submissions')
        .columns(['class_id', 'student_id'])
        .execute();

      await db.schema
        .createTable('progress')
        .addColumn('class_id', 'text', (c) => c.notNull())
        .addColumn('assignment_id', 'text', (c) => c.notNull())
        .addColumn('student_id', 'text', (c) => c.notNull())
        .addColumn('student_name', 'text', (c) => c.notNull())
        .addColumn('paragraphs_read', 'text', (c) => c.notNull())
        .addColumn('answers', 'text', (c) => c.notNull())
        .addColumn('correct', 'integer', (c) => c.notNull())
        .addColumn('total', 'integer', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('progress_pk', ['class_id', 'assignment_id', 'student_id'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['progress', 'submissions', 'assignments', 'classes']) {
        await sql`drop table if exists ${sql.table(table)}`.execute(db);
      }
    },
  },
};
