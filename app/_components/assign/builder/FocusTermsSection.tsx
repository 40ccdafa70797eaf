import { useState } from 'react';
import { LIMITS } from '@/lib/assign/types';
import { fill } from '@/lib/i18n/fill';
import type { BuilderArticle, SectionProps } from './draft';

type Props = SectionProps & { article: BuilderArticle };

/** Focus terms from the article's glossary, found by a filter; at most LIMITS.focus. */
export default function FocusTermsSection({ draft, update, labels, article }: Props) {
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const shown = article.terms.filter(
    (t) => !needle || draft.focus.includes(t.id) || [t.en, t.ko, t.zh].some((s) => s.toLowerCase().includes(needle)),
  );
  const full = draft.focus.length >= LIMITS.focus;
  return (
    <fieldset className="field" aria-describedby="builder-focus-hint">
      <legend>{labels.focus}</legend>
      <p id="builder-focus-hint" className="hint">
        {fill(labels.focusHint, { max: LIMITS.focus })}{' '}
        <output>{fill(labels.focusCount, { count: draft.focus.length })}</output>
      </p>
      <label htmlFor="builder-filter" className="sub-label">
        {labels.focusFilter}
      </label>
      <input id="builder-filter" type="search" value={filter} onChange={(e) => setFilter(e.currentTarget.value)} />
      {full && (
        <p className="hint" role="status">
          {fill(labels.focusMax, { max: LIMITS.focus })}
        </p>
      )}
      <ul className="term-picks">
        {shown.map((t) => {
          const on = draft.focus.includes(t.id);
          return (
            <li key={t.id}>
              <label className="check-row">
                <input
                  type="checkbox"
                  checked={on}
                  disabled={!on && full}
                  onChange={(e) =>
                    update({
                      focus: e.currentTarget.checked ? [...draft.focus, t.id] : draft.focus.filter((f) => f !== t.id),
                    })
                  }
                />
                <span lang="en">{t.en}</span> · <span lang="ko">{t.ko}</span> · <span lang="zh-Hans">{t.zh}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
