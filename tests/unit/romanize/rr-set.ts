import type { RrCase } from './rr-case';
import { NAME_CASES } from './rr-names';
import { PLACE_CASES } from './rr-places';
import { PRONUNCIATION_CASES } from './rr-pronunciation';
import { RULE_TEXT_CASES } from './rr-rule-text';

export type { RrCase, RrKind } from './rr-case';

/** The whole Revised Romanization test set. */
export const RR_CASES: readonly RrCase[] = [...RULE_TEXT_CASES, ...PRONUNCIATION_CASES, ...PLACE_CASES, ...NAME_CASES];

/** What makes a case distinct: the same input may be asked in another mode or with hyphens. */
export const caseKey = (c: RrCase) => `${c.mode}|${c.hyphenate ? 'hyphen' : ''}|${c.input}`;

// 32-bit FNV-1a over the key's UTF-16 code units, then MurmurHash3's finaliser (FNV's low
// bits alone split keys that differ in one syllable unevenly): stable across runs and
// machines, so a case stays on its side of the split whatever is added around it.
function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** About one case in four is held out: it was not looked at while the romanizer was developed. */
export const isHeldOut = (c: RrCase) => stableHash(caseKey(c)) % 4 === 0;

export const DEV_CASES = RR_CASES.filter((c) => !isHeldOut(c));
export const HELD_OUT_CASES = RR_CASES.filter(isHeldOut);
