import type { ComponentProps, ComponentType } from 'react';
import { PAGE_ISLANDS } from './pageIslands';
import { ISLANDS } from './registry';

const ALL = { ...ISLANDS, ...PAGE_ISLANDS };
type IslandName = keyof typeof ALL;

/** What survives JSON.stringify and JSON.parse unchanged (an absent optional prop included). */
type Json = string | number | boolean | null | undefined | readonly Json[] | { readonly [key: string]: Json };

/** An island's props travel as JSON: a prop that would not survive the trip (a function, a
 *  Date, a Map) makes them `never`, so the page that passes it fails to compile. */
export type JsonProps<P> = unknown extends P ? Record<string, never> : P extends { [key: string]: Json } ? P : never;

type Props<N extends IslandName> = { name: N; props: JsonProps<ComponentProps<(typeof ALL)[N]>> };

/**
 * A client component that can come to life without the framework's runtime: React renders it
 * here as usual, inside an element (display: contents) that names it and carries its props
 * as JSON. Where the page ships without Next's client runtime (the reader and the other
 * static pages, see scripts/islands.ts), hydrate.ts reads both and hydrates it with Preact;
 * elsewhere React hydrates it as any client component and the wrapper is inert.
 */
export default function Island<N extends IslandName>({ name, props }: Props<N>) {
  const Component = ALL[name] as ComponentType<object>;
  const own = props as object;
  return (
    <div data-island={name} data-props={JSON.stringify(own)}>
      <Component {...own} />
    </div>
  );
}
