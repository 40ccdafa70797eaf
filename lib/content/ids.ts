// The one shape of every id and slug in the content (articles, lexicon entries, names) and in
// what points at them (assignment links, saved positions): lowercase words joined by hyphens.
// Kept apart from schema.ts so that client code can use it without pulling zod in.
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_RULE = 'must be lowercase words joined by hyphens';

/** Whether `value` is an id of that shape, at most `max` characters long. */
export const isId = (value: unknown, max = 100): value is string =>
  typeof value === 'string' && value.length <= max && ID_PATTERN.test(value);
