import 'server-only';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// The teacher key: the only credential for a class's dashboard. 32 random bytes (256 bits),
// base64url. Only its SHA-256 is stored; the key is never logged.

export const KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const generateKey = (): string => randomBytes(32).toString('base64url');

export const hashKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

/** Whether `key` hashes to `storedHash`, compared in constant time. */
export function keyMatches(key: string, storedHash: string): boolean {
  const a = Buffer.from(hashKey(key), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
