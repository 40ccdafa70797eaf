'use client';

import { useStoredValue } from '@/app/_components/islands/storedValue';
import { fill } from '@/lib/i18n/fill';
import { dueCount, REVIEW_KEY } from '@/lib/review/deck';
import { WORDS_KEY } from '@/lib/words/store';

type Props = { href: string; label: string; dueLabel: string };

/**
 * "Review" in the header, with how many cards are due, counted from the stored `due` dates
 * (lib/review/deck.ts) without the scheduler. The badge keeps its width while empty (before
 * hydration, nothing due), so the header never moves.
 */
export default function ReviewLink({ href, label, dueLabel }: Props) {
  const words = useStoredValue(WORDS_KEY);
  const review = useStoredValue(REVIEW_KEY);
  const count = words === undefined || review === undefined ? null : dueCount(words, review, new Date());
  const shown = count !== null && count > 0;
  return (
    <a href={href}>
      {label}
      <span className="due-badge" data-due={shown ? count : undefined} aria-hidden="true">
        {shown ? (count > 99 ? '99+' : count) : ''}
      </span>
      {shown && <span className="visually-hidden">{` (${fill(dueLabel, { count })})`}</span>}
    </a>
  );
}
