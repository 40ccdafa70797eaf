'use client';

import { LANGS, type Lang } from '@/lib/content/langs';
import { toggleLang } from '@/lib/reader/show';

type Props = {
  /** The group's accessible name, e.g. "Languages for paragraph 3". */
  label: string;
  names: Record<Lang, string>;
  /** Null before hydration: nothing is pressed until the choice is known. */
  shown: Lang[] | null;
  onChange: (langs: Lang[]) => void;
  /** The languages a student may show, when an assignment limits them; all otherwise. */
  allowed?: readonly Lang[];
  className?: string;
};

export default function LangToggles({ label, names, shown, onChange, allowed, className }: Props) {
  return (
    <div role="group" aria-label={label} className={`toggles ${className ?? ''}`}>
      {LANGS.filter((lang) => !allowed || allowed.includes(lang)).map((lang) => (
        <button
          key={lang}
          type="button"
          aria-pressed={shown?.includes(lang) ?? false}
          onClick={() => {
            const next = shown && toggleLang(shown, lang);
            if (next) onChange(next);
          }}
        >
          {names[lang]}
        </button>
      ))}
    </div>
  );
}
