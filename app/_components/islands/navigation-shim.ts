// `next/navigation` for the islands bundle: its pages are served without Next's router, so
// the path is the browser's.
export function usePathname(): string {
  return location.pathname;
}
