import { HTML_LANG, LANGS, type Localized } from '@/lib/content/schema';

type Props = {
  text: Localized;
  /** Element for each language's block; `span` inside headings. */
  as?: 'p' | 'span' | 'div';
  /** Text placed before each language's block (the dateline of the first paragraph). */
  lead?: Partial<Localized>;
};

/** One block per language; CSS shows the ones chosen (every one when scripts are off). */
export default function LangText({ text, as: Tag = 'p', lead }: Props) {
  return LANGS.map((lang) => (
    <Tag key={lang} lang={HTML_LANG[lang]} className={`lb lb-${lang}`}>
      {lead?.[lang] && <span className="dateline">{lead[lang]} </span>}
      {text[lang]}
    </Tag>
  ));
}
