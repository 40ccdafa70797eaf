import * as OpenCC from 'opencc-js';
import type { Segment } from '@/lib/content/annotate';

// Simplified → Traditional (Taiwan standard characters), phrase-aware: 头发 → 頭髮, not 頭發.
// It runs when the site builds; the converter never reaches the browser.
const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });

export const toTraditional = (text: string) => convert(text);

/** Annotated Chinese text in Traditional characters, its marks kept. Each piece is converted
 *  with its neighbours around it, so a phrase split by a mark still converts as a phrase. */
export function segmentsToTraditional(segments: readonly Segment[]): Segment[] {
  const whole = segments.map((s) => (typeof s === 'string' ? s : s.text)).join('');
  const converted = convert(whole);
  // OpenCC maps character for character (same length), so the pieces can be cut back out.
  if ([...converted].length !== [...whole].length) {
    return segments.map((s) => (typeof s === 'string' ? convert(s) : { ...s, text: convert(s.text) }));
  }
  const chars = [...converted];
  let at = 0;
  return segments.map((s) => {
    const text = typeof s === 'string' ? s : s.text;
    const n = [...text].length;
    const piece = chars.slice(at, at + n).join('');
    at += n;
    return typeof s === 'string' ? piece : { ...s, text: piece };
  });
}
