import { LANGS, type Lang } from '@/lib/content/langs';
import FormAlert from '@/app/_components/ui/FormAlert';
import type { SectionProps } from './draft';

type Props = SectionProps & { names: Record<Lang, string> };

/** The languages shown at first (at least one), and whether students may show the others. */
export default function LanguagesSection({ draft, update, labels, names }: Props) {
  return (
    <fieldset className="field">
      <legend>{labels.languages}</legend>
      <div className="builder-actions">
        {LANGS.map((lang) => (
          <label key={lang} className="check-row">
            <input
              type="checkbox"
              checked={draft.show.includes(lang)}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                update({ show: LANGS.filter((l) => (l === lang ? checked : draft.show.includes(l))) });
              }}
            />
            {names[lang]}
          </label>
        ))}
      </div>
      <label className="check-row">
        <input type="checkbox" checked={draft.reveal} onChange={(e) => update({ reveal: e.currentTarget.checked })} />
        {labels.reveal}
      </label>
      <FormAlert>{draft.show.length === 0 && labels.noLanguages}</FormAlert>
    </fieldset>
  );
}
