/**
 * The student's submissions on their way to the class's teacher (POST /api/submissions, the
 * contract of #15). Each submission is a full snapshot of one student's state for one
 * assignment, with an id made on this device, so sending it twice counts once. Snapshots wait
 * in device storage until the server has them (201, or 200 for one it already had): sent at
 * once, again on `online`, on page load and with backoff. Offline and 503 keep them; 429
 * waits as long as the server asks; a 404 means the class no longer exists.
 *
 * Pure apart from what is passed in (fetch, storage, timers), so the unit tests drive it with
 * a fake server.
 */

export type Answer = { term: string; correct: boolean };
export type Submission = {
  id: string;
  code: string;
  student: { id: string; name: string };
  /** The assignment link's canonical query string (lib/assign/params.ts), without `class=`. */
  assignment: string;
  paragraphsRead: string[];
  answers?: Answer[];
  at: string;
};

/**
 * idle: nothing to send · sending · sent: everything arrived · saved: kept on this device,
 * sent later (offline, server down, or asked to wait) · gone: the class no longer exists ·
 * rejected: the server refused a submission as invalid (it is dropped; resending cannot help).
 */
export type QueueStatus = 'idle' | 'sending' | 'sent' | 'saved' | 'gone' | 'rejected';

export type QueueDeps = {
  fetch: typeof fetch;
  load: () => string | null;
  save: (raw: string) => void;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
};

export const QUEUE_VERSION = 1;
export const RETRY = { firstMs: 2_000, maxMs: 5 * 60_000 } as const;

const isString = (v: unknown): v is string => typeof v === 'string';

function isSubmission(v: unknown): v is Submission {
  if (!v || typeof v !== 'object') return false;
  const s = v as Record<string, unknown>;
  const student = s.student as Record<string, unknown> | undefined;
  return (
    isString(s.id) &&
    isString(s.code) &&
    isString(s.assignment) &&
    isString(s.at) &&
    !!student &&
    isString(student.id) &&
    isString(student.name) &&
    Array.isArray(s.paragraphsRead) &&
    s.paragraphsRead.every(isString) &&
    (s.answers === undefined ||
      (Array.isArray(s.answers) &&
        s.answers.every((a: unknown) => !!a && typeof a === 'object' && isString((a as Answer).term))))
  );
}

/** The stored queue; unreadable data or items are left out (the next save replaces them). */
export function parseQueue(raw: string | null): Submission[] {
  if (!raw) return [];
  try {
    const data = JSON.parse(raw) as { v?: unknown; items?: unknown };
    if (data?.v !== QUEUE_VERSION || !Array.isArray(data.items)) return [];
    return data.items.filter(isSubmission);
  } catch {
    return [];
  }
}

const sameSlot = (a: Submission, b: Submission) =>
  a.code === b.code && a.student.id === b.student.id && a.assignment === b.assignment;

export function createQueue(deps: QueueDeps) {
  let status: QueueStatus = 'idle';
  let flushing: Promise<void> | null = null;
  let timer: unknown = null;
  let delay: number = RETRY.firstMs;
  const listeners = new Set<() => void>();

  const items = () => parseQueue(deps.load());
  const store = (list: Submission[]) => deps.save(JSON.stringify({ v: QUEUE_VERSION, items: list }));
  const remove = (drop: (s: Submission) => boolean) => store(items().filter((s) => !drop(s)));
  const setStatus = (next: QueueStatus) => {
    status = next;
    listeners.forEach((l) => l());
  };

  function retryIn(ms: number) {
    if (timer !== null) deps.clearTimer(timer);
    timer = deps.setTimer(() => {
      timer = null;
      void flush();
    }, ms);
  }

  async function send(s: Submission): Promise<'done' | 'wait' | 'gone' | 'rejected'> {
    let response: Response;
    try {
      response = await deps.fetch('/api/submissions', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(s),
      });
    } catch {
      return 'wait';
    }
    if (response.status === 200 || response.status === 201) return 'done';
    if (response.status === 404) return 'gone';
    if (response.status === 429) {
      const body = (await response.json().catch(() => ({}))) as { retryAfter?: unknown };
      const seconds =
        typeof body.retryAfter === 'number' ? body.retryAfter : Number(response.headers.get('retry-after'));
      if (seconds > 0) delay = Math.min(Math.max(seconds * 1000, RETRY.firstMs), RETRY.maxMs);
      return 'wait';
    }
    if (response.status >= 400 && response.status < 500) return 'rejected';
    return 'wait';
  }

  async function run() {
    let rejected = false;
    let gone = false;
    for (;;) {
      const next = items()[0];
      if (!next) break;
      setStatus('sending');
      const outcome = await send(next);
      if (outcome === 'wait') {
        setStatus('saved');
        retryIn(delay);
        delay = Math.min(delay * 2, RETRY.maxMs);
        return;
      }
      delay = RETRY.firstMs;
      if (outcome === 'done') remove((s) => s.id === next.id);
      else if (outcome === 'gone') {
        // Nothing for that class can ever arrive.
        gone = true;
        remove((s) => s.code === next.code);
      } else {
        rejected = true;
        remove((s) => s.id === next.id);
      }
    }
    setStatus(gone ? 'gone' : rejected ? 'rejected' : status === 'idle' ? 'idle' : 'sent');
  }

  /** Sends what waits, one at a time; a call while sending joins the run in progress. */
  function flush(): Promise<void> {
    flushing ??= run().finally(() => {
      flushing = null;
    });
    return flushing;
  }

  return {
    /** Keeps a snapshot (replacing any unsent older one of the same student and assignment) and sends. */
    add(submission: Submission) {
      store([...items().filter((s) => !sameSlot(s, submission)), submission]);
      if (flushing) void flushing.then(flush);
      else void flush();
    },
    flush,
    pending: items,
    status: () => status,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type SubmissionQueue = ReturnType<typeof createQueue>;
