'use client';

import { useEffect, useState } from 'react';
import { fill } from '@/lib/i18n/fill';
import { readPosition, type Position } from '@/lib/reader/position';

type Props = {
  locale: string;
  /** Headline of every published article, by slug: a remembered slug that is not here is ignored. */
  headlines: Record<string, string>;
  labels: { continue: string; at: string };
};

/** "Continue reading": the article and paragraph this device got to last. */
export default function ContinueReading({ locale, headlines, labels }: Props) {
  const [position, setPosition] = useState<Position | null>(null);
  useEffect(() => setPosition(readPosition()), []);
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
