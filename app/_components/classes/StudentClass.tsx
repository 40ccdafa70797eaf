'use client';

import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import type { Messages } from '@/global';
import { fill } from '@/lib/i18n/fill';
import { submittedAssignment } from '@/lib/assign/query';
import { formatCode } from '@/lib/classes/code';
import { endPending } from '@/app/_components/islands/pending';
import { useStoredValue, readStoredValue, writeStoredValue } from '@/app/_components/islands/storedValue';
import { getServerSnapshot, getSnapshot, subscribe, type AssignState } from '@/app/_components/assign/assignStore';
import Field from '@/app/_components/ui/Field';
import FormAlert from '@/app/_components/ui/FormAlert';
import { createQueue, type QueueStatus } from './submissionQueue';
import { KEYS, LIMITS, parseStudent, readClassInfo, saveClassInfo, saveStudent, type ClassInfo } from './classDevice';

export type Props = { slug: string; labels: Messages['ClassJoin'] };

// One queue per page, over device storage: what it holds survives a reload and goes out on
// the next page load, on `online`, or when its backoff runs out.
const queue = createQueue({
  fetch: (input, init) => fetch(input, init),
  load: () => readStoredValue(KEYS.queue),
  save: (raw) => writeStoredValue(KEYS.queue, raw),
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
});

type Lookup = { status: 'loading' } | { status: 'gone' } | { status: 'known'; info: ClassInfo | null };

/** What the student has done, as one string: a change is a new snapshot to send. */
const progressOf = (s: AssignState) => `${s.read.join(',')}|${s.result?.at ?? ''}`;

/**
 * The student's side of a class link (`class=CODE`), loaded only for such a link: asks a
 * display name once per device (or a pick from the roster), says what is sent and to whom,
 * and sends a snapshot of the student's progress each time it changes.
 */
export default function StudentClass({ slug, labels }: Props) {
  const state = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const student = parseStudent(useStoredValue(KEYS.student) ?? null);
  const status = useSyncExternalStore(queue.subscribe, queue.status, () => 'idle' as QueueStatus);
  const code = state?.assignment.class;
  const [lookup, setLookup] = useState<Lookup>({ status: 'loading' });
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    void queue.flush();
    const online = () => void queue.flush();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, []);

  useEffect(() => {
    if (!code) return;
    let live = true;
    fetch(`/api/classes/join/${code}`)
      .then(async (r) => {
        if (!live) return;
        if (r.status === 404) return setLookup({ status: 'gone' });
        if (!r.ok) throw new Error(`${r.status}`);
        const info = (await r.json()) as ClassInfo;
        saveClassInfo(code, info);
        setLookup({ status: 'known', info });
      })
      // Offline or the server away: the class as last seen here, or only its code.
      .catch(() => live && setLookup({ status: 'known', info: readClassInfo(code) }));
    return () => {
      live = false;
    };
  }, [code]);

  // The box's size is known once the class is (its name, its roster): the box and the article
  // below, held back since the first paint (AssignmentBanner), show now instead of moving.
  const looking = lookup.status === 'loading';
  useEffect(() => {
    if (!looking) endPending();
  }, [looking]);

  const send = (s: AssignState, who: { id: string; name: string }) => {
    if (!s.assignment.class) return;
    queue.add({
      id: crypto.randomUUID(),
      code: s.assignment.class,
      student: who,
      assignment: submittedAssignment(slug, s.assignment),
      paragraphsRead: s.read.map((n) => `p${n}`),
      ...(s.result?.graded ? { answers: s.result.graded } : {}),
      at: new Date().toISOString(),
    });
  };

  // Progress as it happens: every change after the page loaded is a snapshot.
  const sentProgress = useRef<string | null>(null);
  const progress = state ? progressOf(state) : null;
  const gone = lookup.status === 'gone' || status === 'gone';
  useEffect(() => {
    if (!state || progress === null) return;
    if (sentProgress.current === null) sentProgress.current = progress;
    if (progress === sentProgress.current || !student || gone) return;
    sentProgress.current = progress;
    send(state, student);
    // `send` and `state` follow `progress`; the snapshot is taken when progress changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [progress, student?.id, student?.name, gone]);

  if (!state || !code) return null;
  const className =
    lookup.status === 'known' && lookup.info ? lookup.info.name : fill(labels.unknownClass, { code: formatCode(code) });
  const roster = lookup.status === 'known' ? (lookup.info?.roster ?? []) : [];

  const join = (name: string) => {
    const who = saveStudent(name);
    setEditing(false);
    sentProgress.current = progressOf(state);
    send(state, who);
  };

  const statusText: Record<QueueStatus, string> = {
    idle: '',
    sending: labels.sending,
    sent: labels.sent,
    saved: labels.saved,
    gone: labels.gone,
    rejected: labels.rejected,
  };
  return (
    <section className="class-join" aria-labelledby="class-join-title">
      <h2 id="class-join-title">{fill(labels.title, { name: className })}</h2>
      {lookup.status === 'loading' && !student && <p>{labels.loading}</p>}
      {gone ? (
        <p role="alert">{labels.gone}</p>
      ) : (
        <>
          <p className="class-consent">{fill(labels.consent, { name: className })}</p>
          {!student || editing ? (
            <NameForm roster={roster} current={student?.name} labels={labels} onName={join} />
          ) : (
            <p className="class-as">
              {fill(labels.sendingAs, { name: student.name })}{' '}
              <button type="button" className="pill" onClick={() => setEditing(true)}>
                {labels.change}
              </button>
            </p>
          )}
        </>
      )}
      <p role="status" className="class-status">
        {gone ? '' : statusText[status]}
      </p>
    </section>
  );
}

const OTHER = '\u0000other';

function NameForm({
  roster,
  current,
  labels,
  onName,
}: {
  roster: string[];
  current?: string;
  labels: Messages['ClassJoin'];
  onName: (name: string) => void;
}) {
  const [picked, setPicked] = useState(current && roster.includes(current) ? current : '');
  const [typed, setTyped] = useState(current && !roster.includes(current) ? current : '');
  const [error, setError] = useState<string | null>(null);
  const typing = roster.length === 0 || picked === OTHER || (picked === '' && typed !== '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = (typing ? typed : picked).replace(/\s+/g, ' ').trim();
    if (!name) return setError(labels.nameEmpty);
    if (name.length > LIMITS.studentName) return setError(fill(labels.nameTooLong, { max: LIMITS.studentName }));
    setError(null);
    onName(name);
  };
  const errorProps = error ? { 'aria-invalid': true, 'aria-describedby': 'class-name-error' } : {};
  return (
    <form className="class-name" onSubmit={submit} noValidate>
      {roster.length > 0 && (
        <Field as="p" id="class-pick" label={labels.pick}>
          <select id="class-pick" value={picked} onChange={(e) => setPicked(e.currentTarget.value)} {...errorProps}>
            <option value="">—</option>
            {roster.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
            <option value={OTHER}>{labels.pickOther}</option>
          </select>
        </Field>
      )}
      {typing && (
        <Field as="p" id="class-name" label={labels.yourName}>
          <input
            id="class-name"
            type="text"
            autoComplete="name"
            maxLength={LIMITS.studentName + 20}
            value={typed}
            onInput={(e) => setTyped(e.currentTarget.value)}
            aria-describedby={error ? 'class-name-error class-name-hint' : 'class-name-hint'}
            aria-invalid={error ? true : undefined}
          />
          <small id="class-name-hint">{labels.nameHint}</small>
        </Field>
      )}
      <button type="submit" className="pill primary">
        {labels.start}
      </button>
      <FormAlert id="class-name-error">{error}</FormAlert>
    </form>
  );
}
