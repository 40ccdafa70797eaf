'use client';

import { useEffect, useState } from 'react';
import type { Messages } from '@/global';
import { parseSize, parseTheme, SIZE_KEY, SIZES, THEME_KEY, THEMES, type Size, type Theme } from '@/lib/reader/prefs';

type Props = { labels: Messages['Display'] };

function apply(theme: Theme, size: Size) {
  const html = document.documentElement;
  if (theme === 'system') delete html.dataset.theme;
  else if (html.dataset.theme !== theme) html.dataset.theme = theme;
  if (size === 'm') delete html.dataset.size;
  else if (html.dataset.size !== size) html.dataset.size = size;
}

function stored(key: string) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Theme (system, light, dark) and text size, remembered for every page. The head script
 *  applies them before the first paint; this island changes them. */
export default function DisplaySettings({ labels }: Props) {
  const [theme, setTheme] = useState<Theme | null>(null);
  const [size, setSize] = useState<Size | null>(null);

  useEffect(() => {
    const t = parseTheme(stored(THEME_KEY));
    const s = parseSize(stored(SIZE_KEY));
    setTheme(t);
    setSize(s);
    // React resets <html>'s attributes when another locale's layout replaces it.
    const observer = new MutationObserver(() => apply(parseTheme(stored(THEME_KEY)), parseSize(stored(SIZE_KEY))));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'data-size'] });
    return () => observer.disconnect();
  }, []);

  const choose = (nextTheme: Theme, nextSize: Size) => {
    setTheme(nextTheme);
    setSize(nextSize);
    try {
      localStorage.setItem(THEME_KEY, nextTheme);
      localStorage.setItem(SIZE_KEY, nextSize);
    } catch {
      // Blocked storage: the choice lasts for this page.
    }
    apply(nextTheme, nextSize);
  };

  return (
    <details className="display">
      <summary>{labels.display}</summary>
      <div className="display-panel">
        <fieldset>
          <legend>{labels.theme}</legend>
          {THEMES.map((t) => (
            <label key={t} className="check-row">
              <input
                type="radio"
                name="display-theme"
                value={t}
                checked={theme === t}
                onChange={() => choose(t, size ?? 'm')}
              />
              {labels[t]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{labels.size}</legend>
          {SIZES.map((s) => (
            <label key={s} className="check-row">
              <input
                type="radio"
                name="display-size"
                value={s}
                checked={size === s}
                onChange={() => choose(theme ?? 'system', s)}
              />
              {labels[`size_${s}`]}
            </label>
          ))}
        </fieldset>
      </div>
    </details>
  );
}
