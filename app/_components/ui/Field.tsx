import type { ReactNode } from 'react';

type Props = {
  /** The id of the control in `children`, which the label names. */
  id: string;
  label: string;
  /** A <p> where the field stands in running text (the classes' forms), else a <div>. */
  as?: 'div' | 'p';
  /** The control, then whatever follows it (a hint, an error). */
  children: ReactNode;
};

/** A labelled form field (`.field` in app/globals.css). */
export default function Field({ id, label, as: Tag = 'div', children }: Props) {
  return (
    <Tag className="field">
      <label htmlFor={id}>{label}</label>
      {children}
    </Tag>
  );
}
