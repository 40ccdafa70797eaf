import type { Lang } from '@/lib/content/langs';
import { parseShow, SHOW_KEY } from '@/lib/reader/show';

// One store shared by the global language bar and every paragraph's toggles.
// `global` mirrors <html data-show> (set first by lib/reader/bootScript.ts);
// `paras` holds the paragraphs whose languages the reader set one by one.
export type ShowState = { global: Lang[]; paras: Record<string, Lang[]> };

let state: ShowState | null = null;
const listeners = new Set<() => void>();

function remembered(): string | null {
  try {
    return localStorage.getItem(SHOW_KEY);
  } catch {
    return null;
  }
}

function current(): ShowState {
  // After a client-side navigation that replaced <html> the head script has not run:
  // fall back to the same sources it reads.
  state ??= {
    global: parseShow(document.documentElement.dataset.show) ??
      parseShow(new URLSearchParams(location.search).get('show')) ??
      parseShow(remembered()) ?? ['en'],
    paras: {},
  };
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

/** A new article starts from the global choice: paragraph ids repeat across articles. */
export function enterArticle() {
  const { global, paras } = current();
  if (Object.keys(paras).length > 0) emit({ global, paras: {} });
}

let watching = false;

/**
 * Writes the global choice to <html data-show>, which the CSS reads, and keeps it there:
 * React resets the attributes of <html> when a client-side navigation changes the root
 * layout (another interface locale), after any effect of ours has run.
 */
export function applyGlobal() {
  const html = document.documentElement;
  const write = () => {
    const show = current().global.join(' ');
    if (html.dataset.show !== show) html.dataset.show = show;
  };
  write();
  if (!watching) {
    watching = true;
    new MutationObserver(write).observe(html, { attributes: true, attributeFilter: ['data-show'] });
  }
}

export function setParagraph(id: string, langs: Lang[]) {
  const { global, paras } = current();
  emit({ global, paras: { ...paras, [id]: langs } });
}
