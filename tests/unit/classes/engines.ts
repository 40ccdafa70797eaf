import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrate, openDb, type Db, type DbConfig } from '@/lib/db';

/** PostgreSQL for the tests: the server every machine of the project runs (README, "Classes"). */
export const PG_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type TestDb = { config: DbConfig; db: Db; drop: () => Promise<void> };

/** A fresh, empty database of the engine: a temporary SQLite file, or a new PostgreSQL database. */
export async function freshDb(engine: 'sqlite' | 'postgres', migrated = true): Promise<TestDb> {
  const config = await freshConfig(engine);
  const db = await openDb(config.config);
  if (migrated) await migrate(db);
  return {
    config: config.config,
    db,
    drop: async () => {
      await db.destroy();
      await config.drop();
    },
  };
}

/** A new empty database's configuration and how to remove it. */
export async function freshConfig(
  engine: 'sqlite' | 'postgres',
): Promise<{ config: DbConfig; drop: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'classes-'));
    return {
      config: { engine, file: path.join(dir, 'classes.sqlite') },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `test_classes_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    config: { engine, url: url.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
