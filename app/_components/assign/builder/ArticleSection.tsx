import Field from '@/app/_components/ui/Field';
import { fresh, type BuilderArticle, type SectionProps } from './draft';

type Props = SectionProps & { articles: BuilderArticle[] };

/** Which article: choosing another starts its paragraphs and terms afresh and keeps the rest. */
export default function ArticleSection({ draft, update, labels, articles }: Props) {
  return (
    <Field id="builder-article" label={labels.article}>
      <select
        id="builder-article"
        value={draft.slug}
        onChange={(e) => {
          const next = articles.find((a) => a.slug === e.currentTarget.value);
          if (next) {
            const { show, reveal, title, note, due } = draft;
            update({ ...fresh(next, draft.locale), show, reveal, title, note, due });
          }
        }}
      >
        {articles.map((a) => (
          <option key={a.slug} value={a.slug}>
            {a.headline}
          </option>
        ))}
      </select>
    </Field>
  );
}
