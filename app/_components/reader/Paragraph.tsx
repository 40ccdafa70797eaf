import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import { CLASS } from '@/lib/reader/dom';
import type { ReaderParagraph } from '@/lib/content/load';
import { HTML_LANG, type Lang, type Localized } from '@/lib/content/schema';
import { html } from '@/lib/html';
import { langBlocks, paragraphGlossary } from '@/lib/reader/render';
import type { Term } from '@/lib/terms/lexicon';
import Island from '@/app/_components/islands/Island';
import WordOrder from '@/app/_components/align/WordOrder';

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
  const tl = await getTranslations('Listen');
  const tw = await getTranslations('Align');
  const { Terms: termLabels } = await getMessages();
  const locale = await getLocale();
  const label = t('paragraph', { n });
  const glossary = paragraph.terms.flatMap((id) => terms.get(id) ?? []);
  const notes = paragraph.notes.map(
    (note) =>
      html`<p lang="${HTML_LANG[locale]}" class="note ${note.about.map((l) => `about-${l}`).join(' ')}"><strong>${t('translatorNote')}</strong> <span class="note-about">(${t('notesAbout', { langs: note.about.map((l) => names[l]).join(', ') })})</span> ${note.text[locale]}</p>`,
  );
  // Static HTML (lib/html.ts): React neither hydrates it nor repeats it as an element tree.
  const body = html`<div class="para-main"><div class="${CLASS.paraBody}">${langBlocks(paragraph.segments, 'p', lead, paragraph.hant, paragraph.align)}</div>${notes}</div>${paragraphGlossary(
    paragraph.id,
    glossary,
    termLabels.glossary,
    tt('glossaryFor', { n }),
  )}`;
  // tabIndex: j and k move focus here (ReaderKeys). Only the controls are islands.
  return (
    <section id={paragraph.id} tabIndex={-1} className={CLASS.para} data-align={paragraph.align ? '' : undefined}>
      <div className="para-head">
        <a className="para-anchor" href={`#${paragraph.id}`} aria-label={label}>
          ¶{n}
        </a>
        <Island
          name="ParagraphControls"
          props={{
            id: paragraph.id,
            label: tr('paragraphLanguages', { n }),
            names,
            markReadLabel: ta('markRead'),
            rubyLabel: tr('pronunciation'),
            glossaryLabel: glossary.length > 0 ? tt('showGlossary', { count: glossary.length }) : undefined,
          }}
        />
      </div>
      <div className="para-content" dangerouslySetInnerHTML={{ __html: body.value }} />
      {paragraph.align && (
        <details className={CLASS.wordOrder}>
          <summary aria-label={tw('wordOrderOf', { n })}>{tw('wordOrder')}</summary>
          <WordOrder align={paragraph.align} names={names} />
        </details>
      )}
      <Island name="ParagraphListen" props={{ id: paragraph.id, names, listenText: tl('listen') }} />
    </section>
  );
}
