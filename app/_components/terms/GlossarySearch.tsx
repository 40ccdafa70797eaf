'use client';

import { useState } from 'react';
import { SELECTOR } from '@/lib/reader/dom';
import { matchesQuery } from '@/lib/terms/filter';
import { fill } from '@/lib/i18n/fill';

type Props = { label: string; count: string; none: string; total: number };

// Filters the server-rendered list as the reader types; each item carries its search keys
// (data-keys, computed at build time by lib/terms/search.ts). Without script, the whole list shows.
export default function GlossarySearch({ label, count, none, total }: Props) {
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(total);

  function filter(value: string) {
    setQuery(value);
    let n = 0;
    document.querySelectorAll<HTMLElement>(SELECTOR.glossaryItems).forEach((item) => {
      const match = matchesQuery(item.dataset.keys ?? '', value);
      item.hidden = !match;
      if (match) n++;
    });
    setShown(n);
  }

  return (
    <div className="glossary-search" role="search">
      <label htmlFor="glossary-q">{label}</label>
      <input
        id="glossary-q"
        type="search"
        value={query}
        onChange={(e) => filter(e.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
      <p aria-live="polite" className="glossary-count">
        {fill(shown === 0 ? none : count, { shown, total, query })}
      </p>
    </div>
  );
}
