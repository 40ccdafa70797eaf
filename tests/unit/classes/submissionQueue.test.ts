import { describe, expect, it } from 'vitest';
import { createQueue, parseQueue, RETRY, type Submission } from '@/app/_components/classes/submissionQueue';

const STUDENT = { id: '6f1c1f43-3bd6-4c56-9d0b-1d1b3c5c7e01', name: 'Minji' };
let n = 0;
const snapshot = (over: Partial<Submission> = {}): Submission => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  code: 'ABCDEF',
  student: STUDENT,
  assignment: 'paras=1-3',
  paragraphsRead: ['p1'],
  at: new Date(Date.UTC(2026, 10, 30, 9, 0, n)).toISOString(),
  ...over,
});

/** A server that answers each POST with the next status of `script` (the last one repeats),
 *  or fails like a network without connection for 'offline'. */
function setup(script: (number | 'offline')[], body: object = {}) {
  let raw: string | null = null;
  const received: Submission[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  let call = 0;
  const fetch = (async (_url: string, init: RequestInit) => {
    const answer = script[Math.min(call++, script.length - 1)]!;
    if (answer === 'offline') throw new TypeError('Failed to fetch');
    received.push(JSON.parse(init.body as string) as Submission);
    return new Response(JSON.stringify(body), { status: answer });
  }) as typeof globalThis.fetch;
  const queue = createQueue({
    fetch,
    load: () => raw,
    save: (value) => (raw = value),
    setTimer: (run, ms) => timers.push({ run, ms }),
    clearTimer: () => timers.splice(0),
  });
  /** Runs the retry the queue scheduled, as the timer would. */
  const tick = async () => {
    const t = timers.shift();
    t?.run();
    await queue.flush();
    return t?.ms;
  };
  return { queue, received, timers, tick, stored: () => raw };
}

describe('the submission queue', () => {
  it('sends a snapshot at once and forgets it after 201', async () => {
    const { queue, received } = setup([201]);
    const s = snapshot();
    queue.add(s);
    await queue.flush();
    expect(received).toEqual([s]);
    expect(queue.pending()).toEqual([]);
    expect(queue.status()).toBe('sent');
  });

  it('treats 200 (a duplicate the server already counted) as delivered', async () => {
    const { queue } = setup([200], { ok: true, duplicate: true });
    queue.add(snapshot());
    await queue.flush();
    expect(queue.pending()).toEqual([]);
  });

  it('keeps the snapshot on the device when offline and sends it later exactly once', async () => {
    const { queue, received, tick } = setup(['offline', 201]);
    const s = snapshot();
    queue.add(s);
    await queue.flush();
    expect(queue.status()).toBe('saved');
    expect(queue.pending()).toEqual([s]);
    await tick();
    expect(received).toEqual([s]);
    expect(queue.pending()).toEqual([]);
    await queue.flush();
    expect(received).toHaveLength(1);
  });

  it('keeps the snapshot on 503 and retries with a growing delay', async () => {
    const { queue, tick } = setup([503, 503, 503, 201]);
    queue.add(snapshot());
    await queue.flush();
    const first = await tick();
    const second = await tick();
    expect(first).toBe(RETRY.firstMs);
    expect(second).toBe(RETRY.firstMs * 2);
    expect(queue.status()).toBe('saved');
    await tick();
    expect(queue.pending()).toEqual([]);
    expect(queue.status()).toBe('sent');
  });

  it('waits as long as a 429 asks before retrying', async () => {
    const { queue, timers } = setup([429, 201], { error: 'rate_limited', retryAfter: 30 });
    queue.add(snapshot());
    await queue.flush();
    expect(queue.status()).toBe('saved');
    expect(timers[0]?.ms).toBe(30_000);
  });

  it('says the class is gone on 404 and drops what was queued for it, not for other classes', async () => {
    const { queue, tick } = setup(['offline', 404, 201]);
    const gone = snapshot();
    const other = snapshot({ code: 'XYZ234' });
    queue.add(gone);
    queue.add(other);
    await queue.flush();
    await tick();
    expect(queue.pending()).toEqual([]);
    expect(queue.status()).toBe('gone');
  });

  it('keeps only the latest unsent snapshot of a student and assignment', async () => {
    const { queue, received, tick } = setup(['offline', 'offline', 'offline', 201]);
    queue.add(snapshot({ paragraphsRead: ['p1'] }));
    await queue.flush();
    const latest = snapshot({ paragraphsRead: ['p1', 'p2'] });
    queue.add(latest);
    await queue.flush();
    const otherAssignment = snapshot({ assignment: 'paras=4' });
    queue.add(otherAssignment);
    await queue.flush();
    expect(queue.pending()).toEqual([latest, otherAssignment]);
    await tick();
    expect(received.slice(-2)).toEqual([latest, otherAssignment]);
  });

  it('resends the same id after a lost answer, so the server can count it once', async () => {
    const { queue, received, tick } = setup([503, 201]);
    const s = snapshot();
    queue.add(s);
    await queue.flush();
    await tick();
    expect(received.map((r) => r.id)).toEqual([s.id, s.id]);
  });

  it('drops a snapshot the server rejects as invalid and says so', async () => {
    const { queue } = setup([400], { error: 'invalid', fields: {} });
    queue.add(snapshot());
    await queue.flush();
    expect(queue.pending()).toEqual([]);
    expect(queue.status()).toBe('rejected');
  });

  it('starts empty from unreadable or foreign stored data', () => {
    expect(parseQueue('{not json')).toEqual([]);
    expect(parseQueue(JSON.stringify({ v: 99, items: [snapshot()] }))).toEqual([]);
    const good = snapshot();
    expect(parseQueue(JSON.stringify({ v: 1, items: [{ id: 1 }, good] }))).toEqual([good]);
  });
});
