import { LIMITS } from '@/lib/assign/types';
import { HTML_LANG, LANGS, type Lang } from '@/lib/content/langs';
import { fill } from '@/lib/i18n/fill';
import Field from '@/app/_components/ui/Field';
import type { SectionProps } from './draft';

type Props = SectionProps & { names: Record<Lang, string> };

/** What the students read about the assignment: title, instructions, due date, and their interface language. */
export default function DetailsSection({ draft, update, labels, names }: Props) {
  // The id, value and change of the control that edits one of the draft's texts.
  const edits = (key: 'title' | 'note' | 'due') => ({
    id: `builder-${key}`,
    value: draft[key],
    onChange: (e: { currentTarget: { value: string } }) => update({ [key]: e.currentTarget.value }),
  });
  return (
    <>
      <Field id="builder-title" label={labels.assignmentTitle}>
        <input {...edits('title')} type="text" maxLength={LIMITS.title} />
      </Field>
      <Field id="builder-note" label={labels.instructions}>
        <textarea {...edits('note')} rows={4} maxLength={LIMITS.note} aria-describedby="builder-note-hint" />
        <p id="builder-note-hint" className="hint">
          {fill(labels.instructionsHint, { max: LIMITS.note })}{' '}
          {fill(labels.chars, { count: draft.note.length, max: LIMITS.note })}
        </p>
      </Field>
      <div className="field-row">
        <Field id="builder-due" label={labels.due}>
          <input {...edits('due')} type="date" />
        </Field>
        <Field id="builder-locale" label={labels.studentLocale}>
          <select
            id="builder-locale"
            value={draft.locale}
            onChange={(e) => update({ locale: e.currentTarget.value as Lang })}
          >
            {LANGS.map((l) => (
              <option key={l} value={l} lang={HTML_LANG[l]}>
                {names[l]}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </>
  );
}
