import type { Messages } from '@/global';
import { formatDue, type Assignment } from '@/lib/assign/types';
import { fill } from '@/lib/i18n/fill';

type Props = { assignment: Assignment | null; headline: string; locale: string; labels: Messages['Worksheet'] };

/** The worksheet's heading: the assignment's title (or the headline), fields to fill in by hand, due date, instructions. */
export default function WorksheetHead({ assignment, headline, locale, labels }: Props) {
  return (
    <header className="ws-head">
      <p className="ws-kind">{labels.kind}</p>
      <h1>{assignment?.title ?? headline}</h1>
      {assignment?.title && <p className="ws-source">{fill(labels.source, { headline })}</p>}
      <dl className="ws-fields">
        <div>
          <dt>{labels.name}</dt>
          <dd />
        </div>
        <div>
          <dt>{labels.class}</dt>
          <dd />
        </div>
        <div>
          <dt>{labels.date}</dt>
          <dd />
        </div>
      </dl>
      {assignment?.due && (
        <p className="ws-due">
          <time dateTime={assignment.due}>{fill(labels.due, { date: formatDue(assignment.due, locale) })}</time>
        </p>
      )}
      {assignment?.note && (
        <div className="ws-note">
          <h2>{labels.instructions}</h2>
          <p>{assignment.note}</p>
        </div>
      )}
    </header>
  );
}
