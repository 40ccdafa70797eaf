// The database's tables as types (Kysely checks every query against them). Both engines store
// the same columns: times are ISO strings in UTC (they sort as text and read the same from
// SQLite and PostgreSQL), lists are JSON text, counts are integers.

export type ClassTable = {
  id: string;
  /** The code students type, normalised (lib/classes/code.ts): 6 characters, no dash. */
  code: string;
  /** SHA-256 hex of the teacher key; the key itself is never stored. */
  key_hash: string;
  name: string;
  /** JSON array of display names; may be empty. */
  roster: string;
  created_at: string;
  last_activity_at: string;
};

/** Every submission received, once per id: what makes a retry count once. */
export type SubmissionTable = {
  id: string;
  class_id: string;
  assignment_id: string;
  student_id: string;
  at: string;
  received_at: string;
};

/** The latest snapshot per (class, assignment, student): what the dashboard shows. */
export type ProgressTable = {
  class_id: string;
  assignment_id: string;
  student_id: string;
  student_name: string;
  /** JSON array of paragraph ids. */
  paragraphs_read: string;
  /** JSON array of { term, correct }. */
  answers: string;
  correct: number;
  total: number;
  at: string;
};

/** The assignments a class has received submissions for, by the id derived from the link. */
export type AssignmentTable = {
  class_id: string;
  id: string;
  slug: string;
  /** The canonical query of the link (lib/classes/assignment.ts), without `class=`. */
  query: string;
  first_at: string;
};

export type Database = {
  classes: ClassTable;
  submissions: SubmissionTable;
  progress: ProgressTable;
  assignments: AssignmentTable;
};
