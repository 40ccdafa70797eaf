import { h, hydrate, type ComponentType } from 'preact';
import { hydration } from './react-shim';

/**
 * Hydrates each [data-island] element whose island is in `registry` with Preact, from its
 * name and the props written beside it. Each island comes to life on its own: one that throws
 * (bad props, a bug) is reported and left as its server HTML, and the islands after it still
 * hydrate. `elsewhere` names the islands another module hydrates (the page islands).
 */
export function hydrateIslands(registry: Record<string, ComponentType<never>>, elsewhere: (name: string) => boolean) {
  for (const element of document.querySelectorAll<HTMLElement>('[data-island]')) {
    const name = element.dataset.island ?? '';
    if (elsewhere(name)) continue;
    try {
      const Component = registry[name] as ComponentType<object> | undefined;
      if (!Component) throw new Error('no such island');
      const props = JSON.parse(element.dataset.props ?? '{}') as object;
      hydration(() => hydrate(h(Component, props), element));
    } catch (error) {
      reportError(new Error(`island ${name} did not start`, { cause: error }));
    }
  }
}
