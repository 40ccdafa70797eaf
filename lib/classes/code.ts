// The class code students type: 6 characters from an alphabet without look-alikes (no 0/O,
// 1/I/L), shown grouped `ABC-DEF`, accepted with or without the dash, in any case, with stray
// spaces. No imports: the browser (the join form) and the server share this module.

export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;
const CODE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** What was typed, as stored: upper case, without spaces or dashes. */
export const normaliseCode = (input: string): string => input.replace(/[\s\-‐‑–—]+/g, '').toUpperCase();

/** Whether the input (typed or stored) is a class code. */
export const isCode = (input: string): boolean => CODE.test(normaliseCode(input));

/** `ABCDEF` → `ABC-DEF`. */
export const formatCode = (code: string): string => {
  const c = normaliseCode(code);
  return `${c.slice(0, 3)}-${c.slice(3)}`;
};

/**
 * A new code, each character drawn uniformly with the platform's cryptographic generator
 * (Web Crypto, in Node and the browser alike; rejection sampling avoids modulo bias). 31⁶ ≈ 887
 * million codes: the server draws again on the rare collision.
 */
export function generateCode(): string {
  const n = CODE_ALPHABET.length;
  const limit = 256 - (256 % n);
  let out = '';
  while (out.length < CODE_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(CODE_LENGTH * 2))) {
      if (byte < limit && out.length < CODE_LENGTH) out += CODE_ALPHABET[byte % n];
    }
  }
  return out;
}
