import { h, hydrate, type ComponentType } from 'preact';
import { hydration } from './react-shim';
import { ISLANDS, type IslandName } from './registry';

// The only script at load of the pages served without the framework (scripts/islands.ts
// bundles it with Preact): each [data-island] element holds one prerendered client component
// and its props.
for (const element of document.querySelectorAll<HTMLElement>('[data-island]')) {
  const Component = ISLANDS[element.dataset.island as IslandName] as ComponentType<object> | undefined;
  if (!Component) continue;
  const props = JSON.parse(element.dataset.props ?? '{}') as object;
  hydration(() => hydrate(h(Component, props), element));
}
