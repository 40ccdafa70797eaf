import type { Messages } from '@/global';
import type { Segment } from '@/lib/content/annotate';
import type { Annotated } from '@/lib/content/load';
import { HTML_LANG, LANGS, type Lang } from '@/lib/content/langs';
import type { Localized } from '@/lib/content/schema';
import { attrs, html, type Html } from '@/lib/html';
import type { NameCard } from '@/lib/names/card';
import type { Term } from '@/lib/terms/lexicon';
import { toTraditional } from '@/lib/romanize/traditional';
import type { Alignment, Phrase } from '@/lib/content/align';
import { hantPhrases, phrased } from './align';
import { CLASS, langClass } from './dom';

// The reader's static parts as HTML strings (see lib/html.ts for why). Each function here
// replaces what was a server component; the markup, classes and lang attributes are the same.

type NameLabels = Messages['Names'];
type TermLabels = Messages['Terms'];

/** A name or term in running text: a button that opens its card, natively on click (no
 *  script needed) and on hover and focus through CardHost. */
export const markRef = (kind: 'name' | 'term', id: string, text: string | Html) =>
  html`<button type="button" class="${kind === 'name' ? CLASS.nameRef : CLASS.termRef}" popovertarget="${kind}-${id}">${text}</button>`;

export const marked = (segments: readonly Segment[]) =>
  segments.map((s) => (typeof s === 'string' ? s : markRef(s.kind, s.id, s.text)));

/**
 * One block per language; CSS shows the ones chosen (every one when scripts are off). With
 * `hant`, the Chinese also comes in Traditional characters, shown instead of the Simplified
 * when the reader picks them. With `align`, each phrase is a span around its marks (align.ts).
 */
export function langBlocks(
  text: Localized | Annotated,
  tag: 'p' | 'span' | 'div' = 'p',
  lead?: Partial<Localized>,
  hant?: string | readonly Segment[],
  align?: Alignment,
): Html[] {
  const block = (
    lang: string,
    cls: string,
    content: string | readonly Segment[],
    before: Html | string,
    phrases?: readonly Phrase[],
  ) => {
    const segments = typeof content === 'string' ? [content] : content;
    const inner = html`${before}${phrased(segments, phrases, (s) => html`${marked(s)}`)}`;
    const a = attrs({ lang, class: cls });
    if (tag === 'span') return html`<span${a}>${inner}</span>`;
    if (tag === 'div') return html`<div${a}>${inner}</div>`;
    return html`<p${a}>${inner}</p>`;
  };
  const blocks = LANGS.map((lang) =>
    block(
      HTML_LANG[lang],
      `${CLASS.langBlock} ${langClass(lang)}`,
      text[lang],
      lead?.[lang] ? html`<span class="dateline">${lead[lang]} </span>` : '',
      align?.[lang],
    ),
  );
  if (hant !== undefined) {
    const dateline = lead?.zh ? html`<span class="dateline">${toTraditional(lead.zh)} </span>` : '';
    const segments = typeof hant === 'string' ? [hant] : hant;
    const phrases = align && hantPhrases(align.zh, segments);
    blocks.push(block('zh-Hant', `${CLASS.langBlock} ${langClass('zh')} ${CLASS.hant}`, segments, dateline, phrases));
  }
  return blocks;
}

/** What a card's save button stores (lib/words/store.ts). */
export type SaveData = { key: string; en: string; ko: string; hanja?: string; zh: string; pinyin: string };

/** A card as a native popover, labelled by the heading `${id}-title` its body renders, with a
 *  button that saves its word (SavedWords handles it) and one that closes it. */
export const popoverCard = (id: string, closeLabel: string, body: Html, save?: { label: string; data: SaveData }) =>
  html`<div id="${id}" popover="auto" role="dialog" aria-labelledby="${id}-title" class="${CLASS.card}">${body}<div class="card-actions">${
    save
      ? html`<button type="button" class="${CLASS.cardSave}" aria-pressed="false"${attrs({
          'data-key': save.data.key,
          'data-en': save.data.en,
          'data-ko': save.data.ko,
          'data-hanja': save.data.hanja,
          'data-zh': save.data.zh,
          'data-pinyin': save.data.pinyin,
        })}>${save.label}</button>`
      : ''
  }<button type="button" class="card-close" popovertarget="${id}" popovertargetaction="hide">${closeLabel}</button></div></div>`;

const heading = (level: 2 | 3, id: string, lang: string, text: string) =>
  level === 2
    ? html`<h2 id="${id}" class="card-title" lang="${lang}">${text}</h2>`
    : html`<h3 id="${id}" class="card-title" lang="${lang}">${text}</h3>`;

/**
 * A term's card: the English headword, its definition in the interface language first (and
 * the English one after it for Korean and Chinese readers, who are learning the English),
 * the Korean (and Hanja) and Chinese (and pinyin), the usage note and an example.
 */
export function termCardBody(term: Term, t: TermLabels, locale: Lang, headingId: string, level: 2 | 3 = 3): Html {
  const lang = HTML_LANG[locale];
  return html`${heading(level, headingId, 'en', term.en)}<p class="card-role"><span class="card-kind">${t[term.pos]}</span> <span lang="${lang}">${term.def[locale]}</span></p><dl class="card-forms">${
    locale === 'en' ? '' : html`<dt>${t.inEnglish}</dt><dd lang="en">${term.def.en}</dd>`
  }<dt>${t.korean}</dt><dd><span lang="ko">${term.ko.term}</span>${
    term.ko.hanja ? html` <span class="card-note" lang="ko">${term.ko.hanja}</span>` : ''
  }</dd><dt>${t.chinese}</dt><dd><span lang="zh-Hans">${term.zh.term}</span> <span class="card-note" lang="zh-Latn-pinyin">${term.pinyin}</span></dd><dt>${t.note}</dt><dd lang="${lang}">${term.note[locale]}</dd><dt>${t.example}</dt><dd lang="en" class="card-example">${term.example}</dd></dl>`;
}

/** What a name card says; shown in the popover and in the "People and places" list. */
export function nameCardBody(name: NameCard, t: NameLabels, locale: Lang, headingId: string): Html {
  const title = { en: name.en, ko: name.hangul, zh: name.zh.hans }[locale];
  const traditional =
    name.zh.hant !== name.zh.hans
      ? html` <span class="card-note">(${t.traditional} <span lang="zh-Hant">${name.zh.hant}</span>)</span>`
      : '';
  return html`${heading(3, headingId, HTML_LANG[locale], title)}<p class="card-role"><span class="card-kind">${t[name.kind]}</span> ${name.role[locale]}</p><dl class="card-forms"><dt>${t.korean}</dt><dd lang="ko">${name.hangul}</dd><dt>${t.rr}</dt><dd lang="ko-Latn">${name.rr}</dd>${
    name.hanja ? html`<dt>${t.hanja}</dt><dd lang="ko">${name.hanja}</dd>` : ''
  }<dt>${t.chinese}</dt><dd><span lang="zh-Hans">${name.zh.hans}</span>${traditional}</dd><dt>${t.pinyin}</dt><dd lang="zh-Latn-pinyin">${name.pinyin}</dd><dt>${
    name.origin === 'ko' && name.kind === 'person' ? t.customary : t.english
  }</dt><dd lang="en">${name.en}</dd></dl>`;
}

/** The Korean glossary of one paragraph: its English terms with Korean, Hanja and a line of
 *  Korean explanation, for Korean readers of the English original. */
export function paragraphGlossary(id: string, terms: readonly Term[], title: string, label: string): Html | '' {
  if (terms.length === 0) return '';
  const items = terms.map(
    (term) =>
      html`<div class="${CLASS.glossItem}" data-term="${term.id}"><dt lang="en">${term.en}</dt><dd><span lang="ko" class="gloss-ko">${term.ko.term}</span>${
        term.ko.hanja ? html`<span lang="ko" class="gloss-hanja"> ${term.ko.hanja}</span>` : ''
      }<span lang="ko" class="gloss-explain">${term.def.ko}</span></dd></div>`,
  );
  return html`<aside class="gloss" id="${id}-gloss"${attrs({ 'aria-label': label })}><p class="gloss-title">${title}</p><dl>${items}</dl></aside>`;
}
