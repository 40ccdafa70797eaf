import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type MigrationProvider } from 'kysely';
import { migrations } from './migrations';
import { purgeInactiveClasses } from './queries';
import type { Database } from './schema';

export type { Database } from './schema';
export type Db = Kysely<Database>;
export type Engine = 'sqlite' | 'postgres';
export type DbConfig = { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string };

/**
 * Where the data lives, from the environment: `DATABASE_URL=postgres://…` selects PostgreSQL;
 * otherwise SQLite in `DATA_DIR` (default `./data`), so `npm start` needs no set-up.
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): DbConfig {
  const url = env.DATABASE_URL?.trim();
  if (url && /^postgres(ql)?:\/\//.test(url)) return { engine: 'postgres', url };
  if (url) throw new Error('DATABASE_URL must start with postgres:// (or leave it unset for SQLite)');
  // Where the data lives is the deployment's choice, not part of the build's output.
  const dir = path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR?.trim() || 'data');
  return { engine: 'sqlite', file: path.join(dir, 'classes.sqlite') };
}

/** Opens a database without migrating it. The drivers load only for the engine in use. */
export async function openDb(config: DbConfig): Promise<Db> {
  if (config.engine === 'postgres') {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: config.url, max: 10, connectionTimeoutMillis: 5_000 });
    // An idle client that loses its server emits 'error'; without a listener that would end
    // the process. The next query reports the failure (a 503 to the student).
    pool.on('error', () => {});
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  const { default: SQLite } = await import('better-sqlite3');
  fs.mkdirSync(path.dirname(config.file), { recursive: true });
  const database = new SQLite(config.file);
  // WAL lets the dashboard read while submissions are written. synchronous=FULL syncs the WAL
  // on every commit, so a submission acknowledged to the student survives not only the
  // server's process being killed (which NORMAL already survives) but the machine losing power.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

/** Classes with no activity for CLASS_RETENTION_DAYS (default 365) are deleted at start-up. */
export function retentionCutoff(env: NodeJS.ProcessEnv = process.env, now = Date.now()): string {
  const days = Number(env.CLASS_RETENTION_DAYS ?? 365);
  return new Date(now - (Number.isFinite(days) && days > 0 ? days : 365) * 86_400_000).toISOString();
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Runs every migration not yet applied, in order. Throws with the failing one's name. */
export async function migrate(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message ?? error}`);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

// One database per server process, opened and migrated on first use (instrumentation.ts asks
// for it at start-up). Kept on globalThis so that Next's separately bundled routes share it.
// A failure (PostgreSQL unreachable) is not kept: the next request tries again.
const holder = globalThis as typeof globalThis & { __classesDb?: Promise<Db> };

export function getDb(): Promise<Db> {
  if (!holder.__classesDb) {
    const opening = (async () => {
      const db = await openDb(configFromEnv());
      try {
        await migrate(db);
        await purgeInactiveClasses(db, retentionCutoff());
      } catch (error) {
        await db.destroy().catch(() => {});
        throw error;
      }
      return db;
    })();
    holder.__classesDb = opening;
    opening.catch(() => {
      if (holder.__classesDb === opening) holder.__classesDb = undefined;
    });
  }
  return holder.__classesDb;
}
