import { useSyncExternalStore } from 'react';

const unchanging = () => () => {};
const search = () => location.search;

/**
 * The page's query string (`?…`, or '' without one). Null on the server and while hydrating,
 * so that the first render matches the prerendered page; the address bar's right after. Every
 * link is a full page load (LocaleLink), so it never changes while the page lives.
 */
export function useSearch(): string | null {
  return useSyncExternalStore(unchanging, search, () => null);
}
