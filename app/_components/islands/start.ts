import { h, hydrate, type ComponentType } from 'preact';
import { hydration } from './react-shim';

/**
 * Brings a page's islands to life with Preact: each [data-island] element is hydrated with its
 * component in `islands` (its page kind's, pages/<kind>.ts) and the props written beside it,
 * each on its own. An island that throws (bad props, a bug) is reported and left as its
 * server HTML, and the islands after it still start.
 */
export function hydrateIslands(islands: Record<string, ComponentType<never>>) {
  for (const element of document.querySelectorAll<HTMLElement>('[data-island]')) {
    const name = element.dataset.island ?? '';
    try {
      const Component = Object.hasOwn(islands, name) ? (islands[name] as ComponentType<object>) : undefined;
      if (!Component) throw new Error('no such island');
      const props = JSON.parse(element.dataset.props ?? '{}') as object;
      hydration(() => hydrate(h(Component, props), element));
    } catch (error) {
      reportError(new Error(`island ${name} did not start`, { cause: error }));
    }
  }
}
