import { PENDING } from '@/lib/reader/dom';

/**
 * Shows what the head script held back on a link with a query (lib/reader/bootScript.ts,
 * globals.css): called once the island's part of the page has its final size. Two frames
 * later, because a paragraph that an assignment brings on screen (content-visibility: auto)
 * is rendered a frame after it arrives there, and would be seen moving into place.
 */
export const endPending = () =>
  requestAnimationFrame(() => requestAnimationFrame(() => document.documentElement.removeAttribute(PENDING)));
