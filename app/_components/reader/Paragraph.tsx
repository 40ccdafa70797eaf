import { getLocale, getTranslations } from 'next-intl/server';
import type { ReaderArticle } from '@/lib/content/load';
import { HTML_LANG, type Lang, type Localized } from '@/lib/content/schema';
import LangText from './LangText';
import ParagraphFrame from './ParagraphFrame';

type Props = {
  paragraph: ReaderArticle['paragraphs'][number];
  n: number;
  names: Record<Lang, string>;
  lead?: Partial<Localized>;
};

export default async function Paragraph({ paragraph, n, names, lead }: Props) {
  const t = await getTranslations('Article');
  const tr = await getTranslations('Reader');
  const locale = await getLocale();
  const label = t('paragraph', { n });
  return (
    <ParagraphFrame
      id={paragraph.id}
      label={tr('paragraphLanguages', { n })}
      names={names}
      anchor={
        <a className="para-anchor" href={`#${paragraph.id}`} aria-label={label}>
          ¶{n}
        </a>
      }
    >
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
    </ParagraphFrame>
  );
}
