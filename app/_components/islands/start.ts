import { h, hydrate, type ComponentType } from 'preact';
import { hydration } from './react-shim';

/**
 * Hydrates one [data-island] element with Preact from the props written beside it. An island
 * that throws (bad props, a bug) is reported and left as its server HTML.
 */
export function hydrateElement(element: HTMLElement, Component: ComponentType<object> | undefined) {
  try {
    if (!Component) throw new Error('no such island');
    const props = JSON.parse(element.dataset.props ?? '{}') as object;
    hydration(() => hydrate(h(Component, props), element));
  } catch (error) {
    reportError(new Error(`island ${element.dataset.island} did not start`, { cause: error }));
  }
}

/**
 * Hydrates each [data-island] element whose island is in `registry`, each on its own: one that
 * throws does not stop the islands after it. `elsewhere` names the islands another module
 * hydrates (the page islands).
 */
export function hydrateIslands(registry: Record<string, ComponentType<never>>, elsewhere: (name: string) => boolean) {
  for (const element of document.querySelectorAll<HTMLElement>('[data-island]')) {
    const name = element.dataset.island ?? '';
    if (elsewhere(name)) continue;
    hydrateElement(element, registry[name] as ComponentType<object> | undefined);
  }
}
