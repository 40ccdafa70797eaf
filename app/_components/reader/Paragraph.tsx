import { getLocale, getTranslations } from 'next-intl/server';
import ParagraphGlossary from '@/app/_components/terms/ParagraphGlossary';
import type { ReaderParagraph } from '@/lib/content/load';
import { HTML_LANG, type Lang, type Localized } from '@/lib/content/schema';
import type { Term } from '@/lib/terms/lexicon';
import LangText from './LangText';
import ParagraphFrame from './ParagraphFrame';

type Props = {
  paragraph: ReaderParagraph;
  n: number;
  names: Record<Lang, string>;
  terms: Map<string, Term>;
  lead?: Partial<Localized>;
};

export default async function Paragraph({ paragraph, n, names, terms, lead }: Props) {
  const t = await getTranslations('Article');
  const tr = await getTranslations('Reader');
  const tt = await getTranslations('Terms');
  const ta = await getTranslations('Assign');
  const locale = (await getLocale()) as Lang;
  const label = t('paragraph', { n });
  const glossary = paragraph.terms.flatMap((id) => terms.get(id) ?? []);
  return (
    <ParagraphFrame
      id={paragraph.id}
      label={tr('paragraphLanguages', { n })}
      names={names}
      markReadLabel={ta('markRead')}
      glossaryLabel={glossary.length > 0 ? tt('showGlossary', { count: glossary.length }) : undefined}
      anchor={
        <a className="para-anchor" href={`#${paragraph.id}`} aria-label={label}>
          ¶{n}
        </a>
      }
    >
      <div className="para-main">
        <div className="para-body">
          <LangText text={paragraph.segments} lead={lead} />
        </div>
        {paragraph.notes.map((note, i) => (
          <p
            key={i}
            lang={HTML_LANG[locale]}
            className={`note ${note.about.map((l) => `about-${l}`).join(' ')}`}
          >
            <strong>{t('translatorNote')}</strong>{' '}
            <span className="note-about">
              ({t('notesAbout', { langs: note.about.map((l) => names[l]).join(', ') })})
            </span>{' '}
            {note.text[locale]}
          </p>
        ))}
      </div>
      <ParagraphGlossary id={paragraph.id} n={n} terms={glossary} />
    </ParagraphFrame>
  );
}
