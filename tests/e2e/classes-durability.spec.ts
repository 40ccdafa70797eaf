import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test as it } from '@playwright/test';
import en from '../../messages/en.json' with { type: 'json' };
import { createClass, sameOrigin, SLUG, submission, type Submission } from './classes-utils';

// "Nothing lost" (#15): a burst of 200 submissions, the server killed in the middle of one, and
// a database that cannot be reached. Run in the server project, alone (playwright.config.ts).
// The kill and database tests start their own `next start` on PORT + 10 on the same build.

const ASSIGNMENT = `${SLUG}?paras=1-3`;
const SECOND = Number(process.env.PORT ?? 3000) + 10;
const second = `http://localhost:${SECOND}`;

async function startServer(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(SECOND)], {
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    const up = await fetch(`${second}/en`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error('next start did not answer');
}

const post = (baseURL: string, body: Submission) =>
  fetch(`${baseURL}/api/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...sameOrigin(baseURL) },
    body: JSON.stringify(body),
  });

it.describe('classes: nothing lost', () => {
  // One at a time: two of them start a server on the same second port.
  // A cold server loads the article on its first submission: slow on a busy machine.
  it.describe.configure({ mode: 'serial', timeout: 120_000 });
  it('records 200 submissions sent at once, with no error', async ({ request, baseURL }) => {
    const { code, key } = await createClass(request, baseURL!);
    const all = Array.from({ length: 200 }, (_, i) =>
      submission(code, ASSIGNMENT, { student: { id: crypto.randomUUID(), name: `Student ${i + 1}` } }),
    );
    const statuses = await Promise.all(all.map((s) => post(baseURL!, s).then((r) => r.status)));
    expect(statuses.filter((s) => s !== 201)).toEqual([]);
    const data = (await (await request.get(`${baseURL}/api/classes/${key}/dashboard`)).json()) as {
      students: { id: string }[];
    };
    expect(data.students).toHaveLength(200);
  });

  it('keeps every acknowledged submission when the server is killed in the middle of a burst', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'classes-kill-'));
    let server = await startServer({ DATA_DIR: dataDir });
    try {
      const created = await fetch(`${second}/api/classes`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...sameOrigin(second) },
        body: JSON.stringify({ name: 'Kill test' }),
      });
      const { code, key } = (await created.json()) as { code: string; key: string };
      // The first submission loads the article; the burst then measures only the writes.
      expect((await post(second, submission(code, ASSIGNMENT))).status).toBe(201);

      const acknowledged: string[] = [];
      const all = Array.from({ length: 200 }, () => submission(code, ASSIGNMENT));
      const killed = new Promise<void>((resolve) => {
        const burst = all.map((s) =>
          post(second, s).then(
            (r) => {
              if (r.status === 201) acknowledged.push(s.student.id);
              if (acknowledged.length === 40) {
                server.kill('SIGKILL');
                resolve();
              }
            },
            () => {},
          ),
        );
        void Promise.all(burst).then(() => resolve());
      });
      await killed;
      await new Promise((r) => server.once('exit', r));
      expect(acknowledged.length).toBeGreaterThanOrEqual(40);
      expect(acknowledged.length).toBeLessThan(all.length);

      server = await startServer({ DATA_DIR: dataDir });
      const data = (await (await fetch(`${second}/api/classes/${key}/dashboard`)).json()) as {
        students: { id: string }[];
      };
      const kept = new Set(data.students.map((s) => s.id));
      expect(acknowledged.filter((id) => !kept.has(id))).toEqual([]);
    } finally {
      server.kill('SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('answers 503 JSON, not an error page, when the database cannot be reached', async ({ page }) => {
    // Nothing listens on port 9 (discard): every connection is refused.
    const server = await startServer({ DATABASE_URL: 'postgres://postgres@127.0.0.1:9/none' });
    try {
      const response = await post(second, submission('ABCDEF', ASSIGNMENT));
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ error: 'unavailable' });
      const join = await fetch(`${second}/api/classes/join/ABCDEF`);
      expect(join.status).toBe(503);
      await page.goto(`${second}/en/classes/${'A'.repeat(43)}`);
      await expect(page.getByRole('alert').filter({ hasText: en.Classes.unavailable })).toBeVisible();
    } finally {
      server.kill('SIGKILL');
    }
  });
});
