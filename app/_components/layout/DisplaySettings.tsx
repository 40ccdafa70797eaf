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
        <Choice
          legend={labels.theme}
          name="display-theme"
          options={THEMES.map((t) => [t, labels[t]])}
          chosen={theme}
          choose={(t) => choose(t, size ?? 'm')}
        />
        <Choice
          legend={labels.size}
          name="display-size"
          options={SIZES.map((s) => [s, labels[`size_${s}`]])}
          chosen={size}
          choose={(s) => choose(theme ?? 'system', s)}
        />
      </div>
    </details>
  );
}

type ChoiceProps<T extends string> = {
  legend: string;
  name: string;
  /** Each option's value and label. */
  options: [T, string][];
  /** null: none checked (not yet hydrated). */
  chosen: T | null;
  choose: (value: T) => void;
};

/** One setting: a group of radio buttons. */
function Choice<T extends string>({ legend, name, options, chosen, choose }: ChoiceProps<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map(([value, label]) => (
        <label key={value} className="check-row">
          <input type="radio" name={name} value={value} checked={chosen === value} onChange={() => choose(value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
