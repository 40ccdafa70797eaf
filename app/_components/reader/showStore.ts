import type { Lang } from '@/lib/content/schema';
import { parseShow, SHOW_KEY } from '@/lib/reader/show';

// One store shared by the global language bar and every paragraph's toggles.
// `global` mirrors <html data-show> (set first by lib/reader/bootScript.ts);
// `paras` holds the paragraphs whose languages the reader set one by one.
export type ShowState = { global: Lang[]; paras: Record<string, Lang[]> };

let state: ShowState | null = null;
const listeners = new Set<() => void>();

function current(): ShowState {
  state ??= { global: parseShow(document.documentElement.dataset.show) ?? ['en'], paras: {} };
  return state;
}

function emit(next: ShowState) {
  state = next;
  listeners.forEach((listener) => listener());
}

export function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const getSnapshot = current;
// The pages are prerendered: the server cannot know the reader's choice.
export const getServerSnapshot = (): ShowState | null => null;

export function setGlobal(langs: Lang[]) {
  document.documentElement.dataset.show = langs.join(' ');
  try {
    localStorage.setItem(SHOW_KEY, langs.join(','));
  } catch {
    // Storage may be full or blocked (private mode); the choice still applies to this page.
  }
  emit({ global: langs, paras: {} });
}

export function setParagraph(id: string, langs: Lang[]) {
  const { global, paras } = current();
  emit({ global, paras: { ...paras, [id]: langs } });
}
