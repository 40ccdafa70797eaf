import type { Annotated } from '@/lib/content/load';
import { HTML_LANG, LANGS, type Localized } from '@/lib/content/schema';
import MarkRef from './MarkRef';

type Props = {
  /** Plain text, or text with names marked (from getReaderArticle). */
  text: Localized | Annotated;
  /** Element for each language's block; `span` inside headings. */
  as?: 'p' | 'span' | 'div';
  /** Text placed before each language's block (the dateline of the first paragraph). */
  lead?: Partial<Localized>;
};

/** One block per language; CSS shows the ones chosen (every one when scripts are off). */
export default function LangText({ text, as: Tag = 'p', lead }: Props) {
  return LANGS.map((lang) => {
    const content = text[lang];
    return (
      <Tag key={lang} lang={HTML_LANG[lang]} className={`lb lb-${lang}`}>
        {lead?.[lang] && <span className="dateline">{lead[lang]} </span>}
        {typeof content === 'string'
          ? content
          : content.map((s, i) => (typeof s === 'string' ? s : <MarkRef key={i} mark={s} />))}
      </Tag>
    );
  });
}
