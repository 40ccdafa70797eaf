'use client';

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Messages } from '@/global';
import { formatDue } from '@/lib/assign/types';
import type { DashboardAssignment, DashboardData } from '@/lib/classes/dashboard';
import { HTML_LANG, LANGS, type Lang } from '@/lib/content/langs';
import { fill } from '@/lib/i18n/fill';
import ColumnHeads from '@/app/_components/ui/ColumnHeads';

type Props = { initial: DashboardData; classKey: string; locale: Lang; labels: Messages['Classes'] };

const REFRESH_MS = 15_000;

// Times are shown in the teacher's own time zone once the page runs in the browser; the
// server's render (and hydration) uses UTC, so both render the same text.
const noop = () => () => {};
const useInBrowser = () =>
  useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );

/**
 * A class's dashboard: per assignment, each student's progress and score and the terms most
 * missed; the CSV link; removing a student or the class. It refreshes from the JSON route every
 * 15 seconds while the tab is visible and says so politely. Names are rendered as text only.
 */
export default function ClassDashboard({ initial, classKey, locale, labels }: Props) {
  const [data, setData] = useState(initial);
  const [deleted, setDeleted] = useState(false);
  const [status, setStatus] = useState('');
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const inBrowser = useInBrowser();
  const api = `/api/classes/${encodeURIComponent(classKey)}`;
  const last = useRef(JSON.stringify(initial));

  const formatTime = (iso: string) => {
    const time = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      ...(inBrowser ? {} : { timeZone: 'UTC' }),
    }).format(new Date(iso));
    return inBrowser ? time : `${time} UTC`;
  };

  // `announce`: say that new results arrived (not after the teacher's own change, which has
  // its own message).
  const refresh = useCallback(
    async (announce = true) => {
      try {
        const response = await fetch(`${api}/dashboard`, { cache: 'no-store' });
        if (response.status === 404) return setDeleted(true);
        if (!response.ok) throw new Error(String(response.status));
        const next = (await response.json()) as DashboardData;
        const text = JSON.stringify(next);
        setUpdatedAt(new Date().toISOString());
        if (text !== last.current) {
          last.current = text;
          setData(next);
          if (announce) setStatus(labels.changed);
        }
      } catch {
        setStatus(labels.refreshFailed);
      }
    },
    [api, labels],
  );

  useEffect(() => {
    if (deleted) return;
    const tick = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    const timer = window.setInterval(tick, REFRESH_MS);
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [refresh, deleted]);

  async function removeStudent(student: { id: string; name: string }) {
    if (!window.confirm(fill(labels.removeConfirm, { name: student.name }))) return;
    const response = await fetch(`${api}/students/${encodeURIComponent(student.id)}`, { method: 'DELETE' }).catch(
      () => null,
    );
    if (response?.status !== 204) return setStatus(labels.failed);
    setStatus(fill(labels.removed, { name: student.name }));
    await refresh(false);
  }

  async function deleteClass() {
    if (!window.confirm(fill(labels.deleteConfirm, { name: data.name }))) return;
    const response = await fetch(api, { method: 'DELETE' }).catch(() => null);
    if (response?.status === 204 || response?.status === 404) setDeleted(true);
    else setStatus(labels.failed);
  }

  if (deleted) {
    return (
      <div className="class-dashboard">
        <h1>{labels.deletedTitle}</h1>
        <p>{labels.deletedText}</p>
      </div>
    );
  }

  return (
    <div className="class-dashboard">
      <p className="kicker">{labels.kicker}</p>
      <h1>{fill(labels.title, { name: data.name })}</h1>
      <p className="class-code">{fill(labels.code, { code: data.code })}</p>
      <p className="class-private">{labels.private}</p>
      <p>
        <a href={`${api}/csv?locale=${locale}`} download>
          {labels.csv}
        </a>
      </p>
      <p role="status" className="class-status">
        {status}
        {updatedAt ? ` ${fill(labels.updated, { time: formatTime(updatedAt) })}` : ''}
      </p>

      {data.assignments.length === 0 ? <p>{labels.empty}</p> : null}
      {data.assignments.map((a) => (
        <Assignment key={a.id} a={a} roster={data.roster} locale={locale} labels={labels} formatTime={formatTime} />
      ))}

      <section className="class-manage" aria-labelledby="class-manage">
        <h2 id="class-manage">{labels.manage}</h2>
        {data.students.length > 0 ? (
          <ul className="class-students">
            {data.students.map((s) => (
              <li key={s.id}>
                <button type="button" onClick={() => void removeStudent(s)}>
                  {fill(labels.remove, { name: s.name })}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <p>
          <button type="button" className="danger" onClick={() => void deleteClass()}>
            {labels.deleteClass}
          </button>
        </p>
      </section>
    </div>
  );
}

type AssignmentProps = {
  a: DashboardAssignment;
  roster: string[];
  locale: Lang;
  labels: Messages['Classes'];
  formatTime: (iso: string) => string;
};

function Assignment({ a, roster, locale, labels, formatTime }: AssignmentProps) {
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });
  const started = new Set(a.students.map((s) => s.name));
  const notStarted = roster.filter((name) => !started.has(name));
  const headingId = `assignment-${a.id}`;
  return (
    <section className="class-assignment" aria-labelledby={headingId}>
      <h2 id={headingId} lang={HTML_LANG[locale]}>
        {a.headline[locale]}
      </h2>
      {a.title ? <p>{fill(labels.assignmentTitle, { title: a.title })}</p> : null}
      {a.due ? <p>{fill(labels.due, { date: formatDue(a.due, locale) })}</p> : null}
      <div className="table-scroll" role="region" aria-labelledby={`${headingId}-students`} tabIndex={0}>
        <table>
          <caption id={`${headingId}-students`}>{labels.students}</caption>
          <ColumnHeads heads={[labels.student, labels.read, labels.score, labels.lastActivity]} />
          <tbody>
            {a.students.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.name}</th>
                <td>{fill(labels.readOf, { read: s.read, total: a.assigned })}</td>
                <td>{s.total > 0 ? fill(labels.scoreOf, { correct: s.correct, total: s.total }) : labels.noAnswers}</td>
                <td>
                  <time dateTime={s.at}>{formatTime(s.at)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notStarted.length > 0 ? <p>{fill(labels.notStarted, { names: notStarted.join(', ') })}</p> : null}

      <h3 id={`${headingId}-questions`}>{labels.questions}</h3>
      {a.questions.length === 0 ? (
        <p>{labels.noQuestions}</p>
      ) : (
        <>
          <p>{labels.questionsIntro}</p>
          <div className="table-scroll" role="region" aria-labelledby={`${headingId}-questions`} tabIndex={0}>
            <table>
              <ColumnHeads heads={[labels.term, labels.missed]} />
              <tbody>
                {a.questions.map((q) => (
                  <tr key={q.term}>
                    <th scope="row">
                      {LANGS.map((lang, i) => (
                        <span key={lang}>
                          {i > 0 ? ' · ' : ''}
                          <span lang={HTML_LANG[lang]}>{q.labels[lang]}</span>
                        </span>
                      ))}
                    </th>
                    <td>
                      {fill(labels.missedOf, {
                        missed: q.missed,
                        answered: q.answered,
                        percent: percent.format(q.answered ? q.missed / q.answered : 0),
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
