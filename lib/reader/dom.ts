import type { Lang } from '@/lib/content/langs';

// The reader's DOM contract: the class names and ids that the server's HTML carries
// (lib/reader/render.ts, the reader's server components) and that the islands and the tests
// look for. Every side takes them from here, so a rename cannot leave one behind; the CSS
// (app/globals.css) styles the same names and cannot import them.

export const CLASS = {
  /** A paragraph: <section class="para" id="pN">. */
  para: 'para',
  /** Its text blocks, one per language. */
  paraBody: 'para-body',
  /** A text block in one language (`lb lb-en`), the Traditional one also `lb-hant`. */
  langBlock: 'lb',
  hant: 'lb-hant',
  nameRef: 'name-ref',
  termRef: 'term-ref',
  card: 'card',
  cardSave: 'card-save',
  /** Where cards are put when first opened, and the <template> they wait in. */
  cards: 'cards',
  cardTemplates: 'card-templates',
  /** A name or term lit while the card of the same concept is open. */
  linked: 'linked',
  glossItem: 'gloss-item',
  /** A phrase of an aligned paragraph (#16): <span class="ph" data-g="N">, N its group. */
  phrase: 'ph',
  /** The phrases of the group lit by hover, focus or a tap (PhraseHighlight). */
  phraseOn: 'ph-on',
  /** The word-order view: a paragraph's three sentences stacked, phrases numbered. */
  wordOrder: 'wo',
  wordOrderRows: 'wo-rows',
  wordOrderRow: 'wo-row',
  wordOrderPhrase: 'wo-ph',
  wordOrderN: 'wo-n',
} as const;

export const ID = { glossaryList: 'glossary-list' } as const;

/** On <html>, from the head script (./bootScript.ts) until an island ends it (endPending):
 *  what a link's query changes is not shown yet, so it appears in place rather than shift. */
export const PENDING = 'data-pending';

/** The class of a text block in `lang`. */
export const langClass = (lang: Lang | 'hant') => (lang === 'hant' ? CLASS.hant : `${CLASS.langBlock}-${lang}`);

export const SELECTOR = {
  para: `section.${CLASS.para}`,
  /** A name or term in running text. */
  ref: `:is(.${CLASS.nameRef}, .${CLASS.termRef})`,
  /** The text block of one language in a paragraph (the Simplified one for zh). */
  block: (lang: Lang | 'hant') =>
    `.${CLASS.paraBody} > .${langClass(lang)}${lang === 'zh' ? `:not(.${CLASS.hant})` : ''}`,
  anyBlock: `.${CLASS.paraBody} > [lang]`,
  card: `.${CLASS.card}[popover]`,
  cardSave: `.${CLASS.cardSave}`,
  glossaryItems: `#${ID.glossaryList} > li`,
  /** What holds one aligned paragraph's phrases (its <section>, in text and word-order view):
   *  a group is lit only inside it. */
  alignScope: '[data-align]',
  phrase: `.${CLASS.phrase}[data-g]`,
  group: (group: string) => `.${CLASS.phrase}[data-g="${group}"]`,
} as const;
