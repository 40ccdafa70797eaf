import { h, hydrate, type ComponentType } from 'preact';
import { hydration } from './react-shim';
import { ISLANDS, type IslandName } from './registry';

// The only script at load of the pages served without the framework (scripts/islands.ts
// bundles it with Preact): each [data-island] element holds one prerendered client component
// and its props. Each island comes to life on its own: one that throws (bad props, a bug) is
// reported and left as its server HTML, and the islands after it still hydrate.
for (const element of document.querySelectorAll<HTMLElement>('[data-island]')) {
  const name = element.dataset.island;
  try {
    const Component = ISLANDS[name as IslandName] as ComponentType<object> | undefined;
    if (!Component) throw new Error('no such island');
    const props = JSON.parse(element.dataset.props ?? '{}') as object;
    hydration(() => hydrate(h(Component, props), element));
  } catch (error) {
    reportError(new Error(`island ${name} did not start`, { cause: error }));
  }
}
