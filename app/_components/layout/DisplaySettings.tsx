'use client';

import type { Messages } from '@/global';
import { useStoredValue, writeStoredValue } from '@/app/_components/islands/storedValue';
import { parseSize, parseTheme, SIZE_KEY, SIZES, THEME_KEY, THEMES, type Size, type Theme } from '@/lib/reader/prefs';

type Props = { labels: Messages['Display'] };

function apply(theme: Theme, size: Size) {
  const html = document.documentElement;
  if (theme === 'system') delete html.dataset.theme;
  else if (html.dataset.theme !== theme) html.dataset.theme = theme;
  if (size === 'm') delete html.dataset.size;
  else if (html.dataset.size !== size) html.dataset.size = size;
}

/** Theme (system, light, dark) and text size, remembered for every page. The head script
 *  applies them before the first paint; this island changes them. */
export default function DisplaySettings({ labels }: Props) {
  // Unknown (no radio checked) until hydrated: the server cannot know the stored choice.
  const storedTheme = useStoredValue(THEME_KEY);
  const storedSize = useStoredValue(SIZE_KEY);
  const theme = storedTheme === undefined ? null : parseTheme(storedTheme);
  const size = storedSize === undefined ? null : parseSize(storedSize);

  const choose = (nextTheme: Theme, nextSize: Size) => {
    writeStoredValue(THEME_KEY, nextTheme);
    writeStoredValue(SIZE_KEY, nextSize);
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
