import { isId } from '@/lib/content/ids';
import { LANGS, type Lang } from '@/lib/content/langs';
import { isCode, normaliseCode } from '@/lib/classes/code';

/**
 * An assignment is the reader's own URL with query parameters, so a teacher can also write
 * one by hand (README, "Assignments"):
 *
 *   show=en,ko  paras=2-4,7  reveal=0  focus=top-diplomat,thaad  title=…  note=…  due=2026-12-01
 *   class=ABC-DEF (the student's progress goes to that class's teacher, issue #15)
 *
 * Each parameter is parsed on its own: an invalid or oversized value is dropped with a
 * notice, and the rest of the assignment still applies. This module runs in the browser
 * (the reader stays prerendered, and a class link's script counts toward its 25 KB, issue #15)
 * and on the server (the worksheet, a class's submissions), so it checks each value by hand
 * rather than with zod; the server's routes validate their own bodies with zod.
 */
import { LIMITS, type Assignment, type AssignmentContext, type Notice, type Param } from './types';

export * from './types';
export * from './query';

const oneLine = (s: string) =>
  s
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
// Instructions keep their line breaks; other control characters go.
const multiLine = (s: string) =>
  s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** `en, KO` → ['en', 'ko'] in the languages' order; null if empty or naming another language. */
function parseShow(value: string): Lang[] | null {
  const parts = value
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  if (parts.length === 0 || parts.some((p) => !(LANGS as readonly string[]).includes(p))) return null;
  return LANGS.filter((lang) => parts.includes(lang));
}

const REVEAL = new Map([
  ['0', false],
  ['no', false],
  ['false', false],
  ['1', true],
  ['yes', true],
  ['true', true],
]);

/** A calendar day `YYYY-MM-DD` that exists (no 30 February). */
function isDue(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/** `2-4,7` → [2, 3, 4, 7]. */
export function parseRanges(value: string): number[] | null {
  const out = new Set<number>();
  for (const part of value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(\d{1,4})(?:\s*-\s*(\d{1,4}))?$/.exec(part);
    if (!m) return null;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to < from) return null;
    for (let n = from; n <= to; n++) out.add(n);
  }
  return out.size > 0 ? [...out].sort((a, b) => a - b) : null;
}

export type Parsed = { assignment: Assignment | null; notices: Notice[] };

/**
 * Reads the assignment parameters of a reader URL. Never throws: whatever is wrong is
 * dropped and listed in `notices`. `assignment` is null when the URL assigns nothing
 * (a plain reader link, possibly with `show`).
 */
export function parseAssignment(search: URLSearchParams | string, context: AssignmentContext): Parsed {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const notices: Notice[] = [];
  const get = (name: Param) => {
    const value = params.get(name);
    return value === null || value.trim() === '' ? undefined : value;
  };
  const assignment: Assignment = { reveal: true, focus: [] };

  const show = get('show');
  if (show !== undefined) {
    const langs = parseShow(show);
    if (langs) assignment.show = langs;
    else notices.push({ param: 'show', reason: 'invalid' });
  }

  const reveal = get('reveal');
  if (reveal !== undefined) {
    const value = REVEAL.get(reveal.toLowerCase());
    if (value !== undefined) assignment.reveal = value;
    else notices.push({ param: 'reveal', reason: 'invalid' });
  }

  const paras = get('paras');
  if (paras !== undefined) {
    const numbers = paras.length > LIMITS.paras ? null : parseRanges(paras);
    if (!numbers) notices.push({ param: 'paras', reason: paras.length > LIMITS.paras ? 'tooLong' : 'invalid' });
    else {
      const inside = numbers.filter((n) => n <= context.paragraphs);
      if (inside.length < numbers.length) notices.push({ param: 'paras', reason: 'outOfRange' });
      if (inside.length > 0) assignment.paras = inside;
    }
  }

  const focus = get('focus');
  if (focus !== undefined) {
    const ids = [
      ...new Set(
        focus
          .split(',')
          .map((id) => id.trim().toLowerCase())
          .filter(Boolean),
      ),
    ];
    const known = ids.filter((id) => isId(id, 60) && context.terms.has(id));
    if (known.length < ids.length) notices.push({ param: 'focus', reason: 'unknown' });
    if (known.length > LIMITS.focus) notices.push({ param: 'focus', reason: 'tooLong' });
    assignment.focus = known.slice(0, LIMITS.focus);
  }

  const title = get('title');
  if (title !== undefined) {
    const value = oneLine(title);
    if (value.length > LIMITS.title) notices.push({ param: 'title', reason: 'tooLong' });
    else if (value) assignment.title = value;
  }

  const note = get('note');
  if (note !== undefined) {
    const value = multiLine(note);
    if (value.length > LIMITS.note) notices.push({ param: 'note', reason: 'tooLong' });
    else if (value) assignment.note = value;
  }

  const due = get('due');
  if (due !== undefined) {
    const day = due.trim();
    if (isDue(day)) assignment.due = day;
    else notices.push({ param: 'due', reason: 'invalid' });
  }

  const code = get('class');
  if (code !== undefined) {
    if (isCode(code)) assignment.class = normaliseCode(code);
    else notices.push({ param: 'class', reason: 'invalid' });
  }

  const assigns =
    assignment.class !== undefined ||
    assignment.paras !== undefined ||
    assignment.focus.length > 0 ||
    assignment.title !== undefined ||
    assignment.note !== undefined ||
    assignment.due !== undefined ||
    !assignment.reveal;
  return { assignment: assigns ? assignment : null, notices };
}
