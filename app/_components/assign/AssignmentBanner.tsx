'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { CLASS } from '@/lib/reader/dom';
import { formatDue } from '@/lib/assign/types';
import { fill } from '@/lib/i18n/fill';
import type { Messages } from '@/global';
import type { Lang } from '@/lib/content/langs';
import { endPending } from '@/app/_components/islands/pending';
import { setGlobal } from '@/app/_components/reader/showStore';
import {
  allowedLangs,
  assignedParas,
  getNotices,
  getServerSnapshot,
  getSnapshot,
  getStarted,
  setShowAll,
  start,
  subscribe,
} from './assignStore';
import LinkNotices from './LinkNotices';

type Props = {
  slug: string;
  locale: string;
  paragraphs: number;
  /** Ids of the article's terms: focus terms must be among them. */
  terms: string[];
  labels: Messages['Assign'];
};

const FOCUS = 'focus';

/**
 * The student's view of an assignment link: title, instructions, due date, progress and any
 * settings that were dropped. Renders nothing for a plain reader URL. It reads the URL in the
 * browser, so the reader page itself stays prerendered; the head script keeps the banner and the
 * article below hidden until the assignment is applied (lib/reader/bootScript.ts), so that the
 * banner does not push the article down as it appears.
 */
export default function AssignmentBanner({ slug, locale, paragraphs, terms, labels }: Props) {
  const state = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const notices = useSyncExternalStore(subscribe, getNotices, () => []);
  const termKey = terms.join(' ');
  const started = useSyncExternalStore(subscribe, getStarted, () => false);
  useEffect(() => {
    start(slug, { paragraphs, terms: new Set(termKey.split(' ')) });
  }, [slug, paragraphs, termKey]);

  // Effects run after the banner's first paint with the assignment: the article may show now.
  // A class link's class box ends the wait itself, once it knows the class (StudentClass).
  const classBox = state?.assignment.class !== undefined;
  useEffect(() => {
    if (started && !classBox) endPending();
  }, [started, classBox]);

  // With revealing off, the languages shown are the teacher's, whatever the student chose before.
  const allowed = allowedLangs(state)?.join(',');
  useEffect(() => {
    if (allowed) setGlobal(allowed.split(',') as Lang[]);
  }, [allowed]);

  // Focus terms stand out in the text and in the paragraph glossaries.
  const focus = state?.assignment.focus.join(' ') ?? '';
  useEffect(() => {
    const ids = focus ? focus.split(' ') : [];
    const marked = ids.flatMap((id) => [
      ...document.querySelectorAll(`[popovertarget="term-${id}"], .${CLASS.glossItem}[data-term="${id}"]`),
    ]);
    marked.forEach((el) => el.classList.add(FOCUS));
    return () => marked.forEach((el) => el.classList.remove(FOCUS));
  }, [focus]);

  if (!state && notices.length === 0) return null;
  const noticeList = (
    <LinkNotices notices={notices} title={labels.noticesTitle} names={labels} className="assign-notices" />
  );
  if (!state) return <div className="assign">{noticeList}</div>;

  const { assignment, read, showAll } = state;
  const assigned = assignedParas(state, paragraphs);
  const done = assigned.filter((n) => read.includes(n)).length;
  return (
    <section className="assign" aria-labelledby="assign-title">
      <p className="assign-kind">{labels.banner}</p>
      <h2 id="assign-title">{assignment.title ?? labels.untitled}</h2>
      {assignment.due && (
        <p className="assign-due">
          <time dateTime={assignment.due}>{fill(labels.due, { date: formatDue(assignment.due, locale) })}</time>
        </p>
      )}
      {assignment.note && (
        <div className="assign-note">
          <h3>{labels.instructions}</h3>
          <p>{assignment.note}</p>
        </div>
      )}
      {noticeList}
      {!assignment.reveal && <p className="assign-locked">{labels.locked}</p>}
      <div className="assign-progress">
        <label htmlFor="assign-progress">{fill(labels.progress, { read: done, total: assigned.length })}</label>
        <progress id="assign-progress" max={assigned.length} value={done} />
        {assignment.paras && (
          <button type="button" className="pill" aria-pressed={showAll} onClick={() => setShowAll(!showAll)}>
            {labels.showAll}
          </button>
        )}
      </div>
    </section>
  );
}
