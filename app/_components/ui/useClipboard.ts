import { useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/** Copies text to the clipboard. `stateOf(text)` says how copying that text went: 'idle' until
 *  it is tried, so a status line clears by itself when the text to copy changes. */
export function useClipboard() {
  const [last, setLast] = useState<{ text: string; ok: boolean } | null>(null);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setLast({ text, ok: true });
    } catch {
      setLast({ text, ok: false });
    }
  };
  const stateOf = (text: string): CopyState => (last?.text !== text ? 'idle' : last.ok ? 'copied' : 'failed');
  return { copy, stateOf };
}

/** The status line of a copy button: nothing until it is tried. */
export const copyStatus = (state: CopyState, labels: { copied: string; copyFailed: string }) =>
  state === 'copied' ? labels.copied : state === 'failed' ? labels.copyFailed : '';
