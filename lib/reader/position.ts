import { isId } from '@/lib/content/ids';

/** Where a reader stopped: the last paragraph in view, per device (localStorage). */
export const POSITION_KEY = 'reader.last';
export type Position = { slug: string; paragraph: number; at: string };

/** A stored position, if it is one (storage is the user's: it may hold anything). */
export function parsePosition(raw: string): Position | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== 'object') return null;
    const { slug, paragraph, at } = value as Record<string, unknown>;
    if (!isId(slug)) return null;
    if (typeof paragraph !== 'number' || !Number.isInteger(paragraph) || paragraph < 1) return null;
    return { slug, paragraph, at: typeof at === 'string' ? at : '' };
  } catch {
    return null;
  }
}

export function savePosition(slug: string, paragraph: number) {
  try {
    localStorage.setItem(POSITION_KEY, JSON.stringify({ slug, paragraph, at: new Date().toISOString() }));
  } catch {
    // Blocked storage: nothing to continue from next time.
  }
}
