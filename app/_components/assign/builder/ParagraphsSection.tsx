import { formatRanges } from '@/lib/assign/query';
import { fill } from '@/lib/i18n/fill';
import FormAlert from '@/app/_components/ui/FormAlert';
import type { BuilderArticle, SectionProps } from './draft';

type Props = SectionProps & { article: BuilderArticle };

/** The assigned paragraphs, each recognised by its start; at least one. */
export default function ParagraphsSection({ draft, update, labels, article }: Props) {
  return (
    <fieldset className="field" aria-describedby="builder-paras-hint">
      <legend>{labels.paragraphs}</legend>
      <p id="builder-paras-hint" className="hint">
        {labels.paragraphsHint}
      </p>
      <div className="builder-actions">
        <button
          type="button"
          className="pill"
          onClick={() => update({ paras: article.paragraphs.map((_, i) => i + 1) })}
        >
          {labels.all}
        </button>
        <button type="button" className="pill" onClick={() => update({ paras: [] })}>
          {labels.none}
        </button>
        <output className="hint">{draft.paras.length > 0 ? formatRanges(draft.paras) : ''}</output>
      </div>
      <ul className="para-picks">
        {article.paragraphs.map((text, i) => {
          const n = i + 1;
          return (
            <li key={n}>
              <label className="check-row">
                <input
                  type="checkbox"
                  checked={draft.paras.includes(n)}
                  onChange={(e) =>
                    update({
                      paras: e.currentTarget.checked
                        ? [...draft.paras, n].sort((a, b) => a - b)
                        : draft.paras.filter((p) => p !== n),
                    })
                  }
                />
                <span className="para-n">{fill(labels.paragraphN, { n })}</span> <span lang="en">{text}</span>
              </label>
            </li>
          );
        })}
      </ul>
      <FormAlert>{draft.paras.length === 0 && labels.noParagraphs}</FormAlert>
    </fieldset>
  );
}
