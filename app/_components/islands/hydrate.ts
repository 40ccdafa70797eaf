import { h, hydrate, type ComponentType } from 'preact';
import { hydration } from './react-shim';

// The pages served without the framework load one entry module (entry-pages.ts, or
// entry-review.ts on the review page; scripts/islands.ts bundles them with Preact), which
// calls this with its islands: each [data-island] element holds one prerendered client
// component and its props. Each island comes to life on its own: one that throws (bad props,
// a bug) is reported and left as its server HTML, and the islands after it still hydrate.
export function hydrateIslands(islands: Readonly<Record<string, unknown>>) {
  for (const element of document.querySelectorAll<HTMLElement>('[data-island]')) {
    const name = element.dataset.island;
    try {
      const Component = (name && Object.hasOwn(islands, name) ? islands[name] : undefined) as
        ComponentType<object> | undefined;
      if (!Component) throw new Error('no such island');
      const props = JSON.parse(element.dataset.props ?? '{}') as object;
      hydration(() => hydrate(h(Component, props), element));
    } catch (error) {
      reportError(new Error(`island ${name} did not start`, { cause: error }));
    }
  }
}
