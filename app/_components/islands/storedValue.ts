import { useSyncExternalStore } from 'react';

// One string in localStorage as React state: read through useSyncExternalStore, so the
// server and hydration render "not known yet" (undefined) and the stored value follows
// without a setState in an effect. A write that storage refuses (private mode, quota) lasts
// for the page.

const CHANGE = 'stored-value-change';
const memory = new Map<string, string>();

/** The stored string under `key` (null when none), outside React: what the hooks below read. */
export function readStoredValue(key: string): string | null {
  if (memory.has(key)) return memory.get(key)!;
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function subscribe(onChange: () => void) {
  // Another tab's write arrives as `storage`; this page's as CHANGE.
  const fromOtherTab = (e: StorageEvent) => {
    if (e.key) memory.delete(e.key);
    onChange();
  };
  window.addEventListener('storage', fromOtherTab);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('storage', fromOtherTab);
    window.removeEventListener(CHANGE, onChange);
  };
}

/** The stored string under `key`: undefined while rendering on the server or hydrating, null
 *  when nothing is stored. */
export function useStoredValue(key: string): string | null | undefined {
  return useSyncExternalStore(
    subscribe,
    () => readStoredValue(key),
    () => undefined,
  );
}

/** Stores `value`; false when the browser refused it (it then lasts for this page only). */
export function writeStoredValue(key: string, value: string): boolean {
  memory.set(key, value);
  let stored = true;
  try {
    localStorage.setItem(key, value);
  } catch {
    // Blocked storage: `memory` keeps the choice for this page.
    stored = false;
  }
  window.dispatchEvent(new Event(CHANGE));
  return stored;
}

/** Tells this page's readers that a key was written or removed without writeStoredValue
 *  (the saved words, lib/words/store.ts). */
export function storedValueChanged(key: string) {
  memory.delete(key);
  window.dispatchEvent(new Event(CHANGE));
}
