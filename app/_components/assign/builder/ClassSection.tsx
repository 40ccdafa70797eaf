import type { Messages } from '@/global';
import { formatCode } from '@/lib/classes/code';
import { useTeacherClasses } from '@/app/_components/classes/classDevice';
import Field from '@/app/_components/ui/Field';
import type { SectionProps } from './draft';

type Props = SectionProps & { classLabels: Messages['ClassCreate'] };

/**
 * Which class the assignment is for: one of the classes created on this device ("Create a
 * class" above the builder), or none. A class adds `class=CODE` to the link and its QR code.
 */
export default function ClassSection({ draft, update, classLabels }: Props) {
  const classes = useTeacherClasses();
  // A class removed from this device's list is no longer offered, but a draft keeps its code.
  const chosen = draft.class && !classes.some((c) => c.code === draft.class) ? draft.class : undefined;
  return (
    <Field id="builder-class" label={classLabels.choose}>
      <select
        id="builder-class"
        value={draft.class ?? ''}
        aria-describedby="builder-class-hint"
        onChange={(e) => {
          const code = e.currentTarget.value;
          update({ class: code || undefined });
        }}
      >
        <option value="">{classLabels.chooseNone}</option>
        {classes.map((c) => (
          <option key={c.code} value={c.code}>
            {`${c.name} (${formatCode(c.code)})`}
          </option>
        ))}
        {chosen && <option value={chosen}>{formatCode(chosen)}</option>}
      </select>
      <small id="builder-class-hint">{classLabels.chooseHint}</small>
    </Field>
  );
}
