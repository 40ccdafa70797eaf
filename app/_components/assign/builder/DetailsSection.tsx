import { LIMITS } from '@/lib/assign/types';
import { HTML_LANG, LANGS, type Lang } from '@/lib/content/langs';
import { fill } from '@/lib/i18n/fill';
import type { SectionProps } from './draft';

type Props = SectionProps & { names: Record<Lang, string> };

/** What the students read about the assignment: title, instructions, due date, and their interface language. */
export default function DetailsSection({ draft, update, labels, names }: Props) {
  return (
    <>
      <div className="field">
        <label htmlFor="builder-title">{labels.assignmentTitle}</label>
        <input
          id="builder-title"
          type="text"
          value={draft.title}
          maxLength={LIMITS.title}
          onChange={(e) => update({ title: e.currentTarget.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="builder-note">{labels.instructions}</label>
        <textarea
          id="builder-note"
          rows={4}
          value={draft.note}
          maxLength={LIMITS.note}
          aria-describedby="builder-note-hint"
          onChange={(e) => update({ note: e.currentTarget.value })}
        />
        <p id="builder-note-hint" className="hint">
          {fill(labels.instructionsHint, { max: LIMITS.note })}{' '}
          {fill(labels.chars, { count: draft.note.length, max: LIMITS.note })}
        </p>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="builder-due">{labels.due}</label>
          <input
            id="builder-due"
            type="date"
            value={draft.due}
            onChange={(e) => update({ due: e.currentTarget.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="builder-locale">{labels.studentLocale}</label>
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
        </div>
      </div>
    </>
  );
}
