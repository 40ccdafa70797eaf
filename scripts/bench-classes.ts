// The classes' figures (#15): submissions per second on SQLite and on PostgreSQL, and the
// dashboard's server time for a class of 30 students with 20 assignments (budget 200 ms).
// Part of `npm run bench`; `npm run bench:classes` runs it alone on the current build. It
// starts `next start` twice on the build (SQLite in a temporary DATA_DIR, then a fresh
// PostgreSQL database), seeds through the API as browsers would, and measures from outside.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

const PORT = 3302;
const BASE = `http://localhost:${PORT}`;
const PG_ADMIN = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SLUG = 'korea-china-diplomats-talks';
const HEADERS = { 'Content-Type': 'application/json', Origin: BASE };

async function start(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT)], {
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  for (let i = 0; i < 240; i++) {
    if (
      await fetch(`${BASE}/en`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('next start did not answer');
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

const body = (code: string, assignment: string, student = { id: randomUUID(), name: 'Student' }) =>
  JSON.stringify({
    id: randomUUID(),
    code,
    student,
    assignment,
    paragraphsRead: ['p1', 'p2'],
    at: new Date().toISOString(),
  });

async function createClass(name: string) {
  const r = await fetch(`${BASE}/api/classes`, { method: 'POST', headers: HEADERS, body: JSON.stringify({ name }) });
  return (await r.json()) as { code: string; key: string };
}

async function submissionsPerSecond() {
  const { code } = await createClass('Bench');
  const assignment = `${SLUG}?paras=1-3`;
  await fetch(`${BASE}/api/submissions`, { method: 'POST', headers: HEADERS, body: body(code, assignment) });
  const r = await autocannon({
    url: `${BASE}/api/submissions`,
    method: 'POST',
    headers: HEADERS,
    connections: 20,
    duration: 10,
    requests: [{ setupRequest: (req) => ({ ...req, body: body(code, assignment) }) }],
  });
  // One client sends them all, so past the per-client limit (lib/classes/rateLimit.ts) the answer
  // is 429: the limiter at work, counted apart from errors.
  const limited = r.statusCodeStats?.['429']?.count ?? 0;
  return {
    rps: Math.round(r.requests.average),
    p99: r.latency.p99,
    errors: r.errors + r.non2xx - limited + r.timeouts,
    limited,
  };
}

async function dashboardTime() {
  const terms = ((await (await fetch(`${BASE}/api/articles/${SLUG}/terms`)).json()) as { id: string }[])
    .slice(0, 4)
    .map((t) => t.id);
  const { code, key } = await createClass('Thirty students');
  const students = Array.from({ length: 30 }, (_, i) => ({ id: randomUUID(), name: `Student ${i + 1}` }));
  for (let a = 0; a < 20; a++) {
    const assignment = `${SLUG}?paras=1-${(a % 10) + 2}&focus=${terms.join(',')}&title=Week%20${a + 1}`;
    await Promise.all(
      students.map((student, s) => {
        const answers = terms.map((term, t) => ({ term, correct: (s + t + a) % 3 !== 0 }));
        const snapshot = JSON.parse(body(code, assignment, student)) as object;
        return fetch(`${BASE}/api/submissions`, {
          method: 'POST',
          headers: HEADERS,
          body: JSON.stringify({ ...snapshot, answers }),
        });
      }),
    );
  }
  const time = async (url: string) => {
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      const t0 = performance.now();
      const r = await fetch(url);
      await r.arrayBuffer();
      if (i > 0) times.push(performance.now() - t0);
    }
    times.sort((x, y) => x - y);
    return { median: times[Math.floor(times.length / 2)]!, worst: times[times.length - 1]! };
  };
  return { json: await time(`${BASE}/api/classes/${key}/dashboard`), page: await time(`${BASE}/en/classes/${key}`) };
}

export async function benchClasses() {
  const rows: string[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-classes-'));
  const db = `bench_classes_${Date.now()}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`create database ${db}`);
  const url = new URL(PG_ADMIN);
  url.pathname = `/${db}`;
  try {
    for (const [engine, env] of [
      ['SQLite', { DATA_DIR: dataDir }],
      ['PostgreSQL', { DATABASE_URL: url.toString() }],
    ] as const) {
      const server = await start(env);
      try {
        const s = await submissionsPerSecond();
        const d = await dashboardTime();
        const ms = (n: number) => n.toFixed(0);
        rows.push(
          `| ${engine} | ${s.rps} | ${s.p99} | ${s.errors} (${s.limited}) | ${ms(d.json.median)} (${ms(d.json.worst)}) | ${ms(d.page.median)} (${ms(d.page.worst)}) |`,
        );
      } finally {
        await stop(server);
      }
    }
  } finally {
    await admin.query(`drop database if exists ${db} with (force)`);
    await admin.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(
    '\n| classes | submissions/s (20 connections, 10 s) | p99 ms | errors + non-2xx (429 apart) | dashboard JSON ms, 30 × 20, median (worst of 20) | dashboard page ms |',
  );
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchClasses();
