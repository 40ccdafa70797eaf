import { getChoseong } from 'es-hangul';
import { pinyin } from 'pinyin-pro';
import { normalize } from './filter';
import type { Term } from './lexicon';

/**
 * What the glossary search looks in, computed when the site builds: English forms, Hangul,
 * its initial consonants (ㅅㄷ for 사드), Hanja, Chinese characters and toneless pinyin
 * (sade for 萨德). Lower case, without spaces, joined by a separator no query contains.
 */
export function searchKeys(term: Term): string {
  const zh = [term.zh.term, ...term.match.zh];
  const ko = [term.ko.term, ...term.match.ko];
  const keys = [
    term.en,
    ...term.match.en,
    ...ko,
    ...ko.map((k) => getChoseong(k)),
    term.ko.hanja ?? '',
    ...zh,
    ...zh.map((z) => pinyin(z, { toneType: 'none', type: 'array', nonZh: 'removed' }).join('')),
  ];
  return [...new Set(keys.map(normalize).filter(Boolean))].join('\u0001');
}
