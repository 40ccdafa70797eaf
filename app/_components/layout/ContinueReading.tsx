'use client';

import { useMemo } from 'react';
import { fill } from '@/lib/i18n/fill';
import { parsePosition, POSITION_KEY } from '@/lib/reader/position';
import { useStoredValue } from '@/app/_components/islands/storedValue';

type Props = {
  locale: string;
  /** Headline of every published article, by slug: a remembered slug that is not here is ignored. */
  headlines: Record<string, string>;
  labels: { continue: string; at: string };
};

/** "Continue reading": the article and paragraph this device got to last. */
export default function ContinueReading({ locale, headlines, labels }: Props) {
  const stored = useStoredValue(POSITION_KEY);
  const position = useMemo(() => (stored ? parsePosition(stored) : null), [stored]);
  if (!position || !Object.hasOwn(headlines, position.slug)) return null;
  return (
    <p className="continue">
      <strong>{labels.continue}:</strong>{' '}
      <a href={`/${locale}/articles/${position.slug}#p${position.paragraph}`}>
        {headlines[position.slug]} ({fill(labels.at, { n: position.paragraph })})
      </a>
    </p>
  );
}
