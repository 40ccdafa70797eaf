import { h, hydrate, type ComponentType } from 'preact';
import { hydration } from './react-shim';

/**
 * A page's only script at load (scripts/islands.ts bundles one per page kind, with Preact):
 * each [data-island] element holds one prerendered client component and its props.
 */
export function hydrateIslands(islands: Record<string, unknown>) {
  for (const element of document.querySelectorAll<HTMLElement>('[data-island]')) {
    const Component = islands[element.dataset.island ?? ''] as ComponentType<object> | undefined;
    if (!Component) continue;
    const props = JSON.parse(element.dataset.props ?? '{}') as object;
    hydration(() => hydrate(h(Component, props), element));
  }
}
