type Props = {
  /** The error to announce; nothing is rendered without one. */
  children: string | false | null | undefined;
  id?: string;
};

/** A form's error, announced as it appears (`.form-error`, role="alert"). */
export default function FormAlert({ children, id }: Props) {
  if (!children) return null;
  return (
    <p id={id} className="form-error" role="alert">
      {children}
    </p>
  );
}
