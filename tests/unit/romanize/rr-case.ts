import type { KoreanMode } from '@/lib/romanize/korean';

// One case of the Revised Romanization test set. `expected` is written by hand from the rule
// (and, for sound changes, from the standard pronunciation the rule text or 표준 발음법
// gives), never copied from our output. `source` names the rule and clause, or the official
// sign, with a URL where the text was looked up.
export type RrKind = 'rule-text' | 'pronunciation' | 'place' | 'station' | 'name';
export type RrCase = {
  input: string;
  mode: KoreanMode;
  hyphenate?: boolean;
  expected: string;
  kind: RrKind;
  source: string;
};

/** A case of the fresh held-out sets (rr-fresh.ts, rr-fresh2.ts), which have no kinds. */
export type RrFreshCase = Omit<RrCase, 'kind'>;

/** Cases that share a kind, a mode and a source, from [input, expected] pairs. */
export function group(
  kind: RrKind,
  mode: KoreanMode,
  source: string,
  pairs: readonly (readonly [string, string])[],
  hyphenate?: boolean,
): RrCase[] {
  return pairs.map(([input, expected]) => ({
    input,
    mode,
    expected,
    kind,
    source,
    ...(hyphenate ? { hyphenate } : {}),
  }));
}
