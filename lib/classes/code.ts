/**
 * Class codes (contract of #15): 6 characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L), shown grouped `ABC-DEF` and accepted with or without the dash, in any case. Runs in
 * the browser too (the student's class link), so it imports nothing.
 */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

const CODE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** `abc-def`, ` ABC DEF ` → `ABCDEF`; null when it is not a class code. */
export function normaliseCode(input: string): string | null {
  const code = input.replace(/[\s-]+/g, '').toUpperCase();
  return CODE.test(code) ? code : null;
}

/** `ABCDEF` → `ABC-DEF`, as a teacher reads it aloud or writes it on the board. */
export function formatCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}
