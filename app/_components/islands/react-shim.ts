// `react` for the islands bundle (scripts/islands.ts): Preact's compatibility layer, with the
// one behaviour of React's hydration the islands rely on. While hydrating, React renders
// with useSyncExternalStore's server snapshot, so the first render matches the prerendered
// HTML, then renders again with the browser's state. Preact's compat layer skips the server
// snapshot, and its hydration does not correct attributes, so pressed states read from
// storage would never show. This restores React's order.
import { useEffect, useState, useSyncExternalStore as compatStore } from 'preact/compat';

// @ts-expect-error: compat's types are `export =`; esbuild bundles its ES module, which has named exports.
export * from 'preact/compat';
export { default } from 'preact/compat';

let hydrating = false;

/** Runs a hydration: components first rendered inside it start from the server snapshot. */
export function hydration(run: () => void) {
  hydrating = true;
  try {
    run();
  } finally {
    hydrating = false;
  }
}

export function useSyncExternalStore<T>(
  subscribe: (onChange: () => void) => () => void,
  getSnapshot: () => T,
  getServerSnapshot?: () => T,
): T {
  const [fromServer, setFromServer] = useState(hydrating && getServerSnapshot !== undefined);
  useEffect(() => setFromServer(false), []);
  return compatStore(subscribe, fromServer && getServerSnapshot ? getServerSnapshot : getSnapshot);
}
