'use client';

import { useRef, useState, type FormEvent } from 'react';
import type { Messages } from '@/global';
import { fill } from '@/lib/i18n/fill';
import { formatCode } from '@/lib/classes/code';
import Field from '@/app/_components/ui/Field';
import FormAlert from '@/app/_components/ui/FormAlert';
import { copyStatus, useClipboard } from '@/app/_components/ui/useClipboard';
import { LIMITS, saveTeacherClasses, useTeacherClasses, type TeacherClass } from './classDevice';

type Props = { locale: string; labels: Messages['ClassCreate'] };

type Errors = { name?: string; roster?: string; form?: string };

/** Roster lines → names: one a line, blank lines and repeats left out. */
const rosterNames = (text: string) => [
  ...new Set(
    text
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean),
  ),
];

/**
 * "Create a class" on /teach: a name and an optional roster. The server answers with the
 * class code and the teacher's key; the teacher link is shown once, with a copy button and
 * the warning to keep it, and the class joins this device's list "Your classes".
 */
export default function ClassCreate({ locale, labels }: Props) {
  const classes = useTeacherClasses();
  const [name, setName] = useState('');
  const [roster, setRoster] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<TeacherClass | null>(null);
  const clipboard = useClipboard();
  const createdHeading = useRef<HTMLHeadingElement>(null);

  const validate = (): Errors => {
    const out: Errors = {};
    const title = name.trim();
    if (!title) out.name = labels.nameEmpty;
    else if (title.length > LIMITS.className) out.name = fill(labels.nameTooLong, { max: LIMITS.className });
    const names = rosterNames(roster);
    const long = names.find((n) => n.length > LIMITS.studentName);
    if (names.length > LIMITS.rosterSize) out.roster = fill(labels.rosterTooMany, { max: LIMITS.rosterSize });
    else if (long) out.roster = fill(labels.rosterTooLong, { max: LIMITS.studentName, name: long });
    return out;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (found.name || found.roster) {
      document.getElementById(found.name ? 'class-title' : 'class-roster')?.focus();
      return;
    }
    setBusy(true);
    const names = rosterNames(roster);
    try {
      const response = await fetch('/api/classes', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: name.trim(), ...(names.length ? { roster: names } : {}) }),
      });
      const body = (await response.json().catch(() => ({}))) as {
        code?: string;
        key?: string;
        retryAfter?: number;
        fields?: Record<string, unknown>;
      };
      if (response.status === 201 && body.code && body.key) {
        const made = {
          name: name.trim(),
          code: body.code,
          link: `${location.origin}/${locale}/classes/${body.key}`,
          created: new Date().toISOString(),
        };
        saveTeacherClasses([made, ...classes.filter((c) => c.code !== made.code)]);
        setCreated(made);
        setName('');
        setRoster('');
        requestAnimationFrame(() => createdHeading.current?.focus());
      } else if (response.status === 429) {
        setErrors({ form: fill(labels.rateLimited, { seconds: body.retryAfter ?? 60 }) });
      } else if (response.status === 400 && body.fields) {
        setErrors({
          ...('name' in body.fields ? { name: fill(labels.nameTooLong, { max: LIMITS.className }) } : {}),
          ...('roster' in body.fields ? { roster: fill(labels.rosterTooMany, { max: LIMITS.rosterSize }) } : {}),
        });
      } else setErrors({ form: labels.failed });
    } catch {
      setErrors({ form: labels.failed });
    } finally {
      setBusy(false);
    }
  };

  const forget = (code: string) => saveTeacherClasses(classes.filter((c) => c.code !== code));

  return (
    <section className="class-create" aria-labelledby="class-create-title">
      <h2 id="class-create-title">{labels.title}</h2>
      <p>{labels.intro}</p>
      {created ? (
        <div className="class-created">
          <h3 tabIndex={-1} ref={createdHeading}>
            {fill(labels.created, { name: created.name })}
          </h3>
          <dl className="class-created-code">
            <dt>{labels.code}</dt>
            <dd>{formatCode(created.code)}</dd>
          </dl>
          <p>{labels.codeHint}</p>
          <Field as="p" id="class-link" label={labels.link}>
            <input
              id="class-link"
              type="text"
              readOnly
              value={created.link}
              onFocus={(e) => e.currentTarget.select()}
            />
          </Field>
          <p className="class-keep">
            <strong>{labels.keep}</strong>
          </p>
          <p className="actions">
            <button type="button" className="pill primary" onClick={() => clipboard.copy(created.link)}>
              {labels.copy}
            </button>{' '}
            <button type="button" className="pill" onClick={() => setCreated(null)}>
              {labels.another}
            </button>
          </p>
          <p role="status">{copyStatus(clipboard.stateOf(created.link), labels)}</p>
        </div>
      ) : (
        <form onSubmit={submit} noValidate>
          <Field as="p" id="class-title" label={labels.name}>
            <input
              id="class-title"
              type="text"
              value={name}
              maxLength={LIMITS.className + 40}
              onChange={(e) => setName(e.currentTarget.value)}
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={errors.name ? 'class-title-error' : undefined}
            />
            {errors.name && (
              <span id="class-title-error" className="form-error">
                {errors.name}
              </span>
            )}
          </Field>
          <Field as="p" id="class-roster" label={labels.roster}>
            <textarea
              id="class-roster"
              rows={5}
              value={roster}
              onChange={(e) => setRoster(e.currentTarget.value)}
              aria-invalid={errors.roster ? true : undefined}
              aria-describedby={errors.roster ? 'class-roster-error class-roster-hint' : 'class-roster-hint'}
            />
            <small id="class-roster-hint">{fill(labels.rosterHint, { max: LIMITS.rosterSize })}</small>
            {errors.roster && (
              <span id="class-roster-error" className="form-error">
                {errors.roster}
              </span>
            )}
          </Field>
          <button type="submit" className="pill primary" disabled={busy}>
            {busy ? labels.creating : labels.create}
          </button>
          <FormAlert>{errors.form}</FormAlert>
        </form>
      )}
      {classes.length > 0 && (
        <div className="class-list">
          <h3>{labels.yours}</h3>
          <p>{labels.yoursHint}</p>
          <ul>
            {classes.map((c) => (
              <li key={c.code}>
                <a href={c.link} aria-label={fill(labels.dashboard, { name: c.name })}>
                  {c.name}
                </a>{' '}
                <span className="class-list-code">{formatCode(c.code)}</span>{' '}
                <button
                  type="button"
                  className="pill"
                  aria-label={fill(labels.forget, { name: c.name })}
                  onClick={() => forget(c.code)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
