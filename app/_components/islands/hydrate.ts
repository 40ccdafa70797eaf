import { h, hydrate, type ComponentType } from 'preact';
import type { PageIslandName } from './pageIslands';
import { hydration } from './react-shim';
import { ISLANDS, type IslandName } from './registry';

// The only script at load of the pages served without the framework (scripts/islands.ts
// bundles it with Preact): each [data-island] element holds one prerendered client component
// and its props. Each island comes to life on its own: one that throws (bad props, a bug) is
// reported and left as its server HTML, and the islands after it still hydrate.

/** The islands of one page (pageIslands.ts), each in a chunk of its own, fetched only where it is used. */
const LATER: Record<PageIslandName, () => Promise<{ default: ComponentType<never> }>> = {
  AssignmentBuilder: () => import('@/app/_components/assign/builder/AssignmentBuilder'),
  ClassCreate: () => import('@/app/_components/classes/ClassCreate'),
};

function start(element: HTMLElement, Component: ComponentType<object>) {
  const props = JSON.parse(element.dataset.props ?? '{}') as object;
  hydration(() => hydrate(h(Component, props), element));
}

const failed = (name: string | undefined, error: unknown) =>
  reportError(new Error(`island ${name} did not start`, { cause: error }));

for (const element of document.querySelectorAll<HTMLElement>('[data-island]')) {
  const name = element.dataset.island;
  try {
    const Component = ISLANDS[name as IslandName] as ComponentType<object> | undefined;
    const load = LATER[name as PageIslandName] as (typeof LATER)[PageIslandName] | undefined;
    if (Component) start(element, Component);
    else if (load) {
      load()
        .then((module) => start(element, module.default as ComponentType<object>))
        .catch((error: unknown) => failed(name, error));
    } else throw new Error('no such island');
  } catch (error) {
    failed(name, error);
  }
}
