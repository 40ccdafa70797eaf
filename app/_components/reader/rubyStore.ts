// Pronunciation ruby (pinyin over Chinese, romanization over Korean): off by default, on for
// every paragraph or for one. The ruby HTML is built with the site (app/api/articles/[slug]/ruby)
// and fetched the first time a reader turns it on.

import { SELECTOR } from '@/lib/reader/dom';

export type RubyHtml = Record<string, { ko: string; zh: string; hant: string }>;
type State = { global: boolean; paras: Record<string, boolean>; data: RubyHtml | null; failed: boolean };

let state: State = { global: false, paras: {}, data: null, failed: false };
let slug = '';
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function emit(next: State) {
  state = next;
  listeners.forEach((l) => l());
}

export const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
export const getSnapshot = () => state;
export const getServerSnapshot = () => null;

/** The article whose ruby to fetch; a new article starts with ruby off. */
export function enterArticle(next: string) {
  if (slug === next) return;
  slug = next;
  loading = null;
  emit({ global: false, paras: {}, data: null, failed: false });
}

function load() {
  loading ??= fetch(`/api/articles/${encodeURIComponent(slug)}/ruby`)
    .then((r) => (r.ok ? (r.json() as Promise<{ paragraphs: RubyHtml }>) : Promise.reject(new Error(String(r.status)))))
    .then(({ paragraphs }) => emit({ ...state, data: paragraphs }))
    .catch(() => {
      loading = null;
      emit({ ...state, failed: true });
    });
}

export function setGlobal(on: boolean) {
  if (on) load();
  emit({ ...state, global: on, paras: {}, failed: false });
}

export function setParagraph(id: string, on: boolean) {
  if (on) load();
  emit({ ...state, paras: { ...state.paras, [id]: on }, failed: false });
}

export const isOn = (s: State | null, id: string) => (s ? (s.paras[id] ?? s.global) : false);

const originals = new WeakMap<Element, string>();

/** Puts the ruby into a paragraph's Korean and Chinese blocks, or takes it out again. */
export function applyRuby(section: HTMLElement, html: RubyHtml[string] | undefined) {
  const blocks: [Element | null, keyof RubyHtml[string]][] = [
    [section.querySelector(SELECTOR.block('ko')), 'ko'],
    [section.querySelector(SELECTOR.block('zh')), 'zh'],
    [section.querySelector(SELECTOR.block('hant')), 'hant'],
  ];
  for (const [block, key] of blocks) {
    if (!block) continue;
    if (html) {
      if (!originals.has(block)) originals.set(block, block.innerHTML);
      block.innerHTML = html[key];
    } else if (originals.has(block)) {
      block.innerHTML = originals.get(block)!;
      originals.delete(block);
    }
  }
}
