import type { ComponentProps, ComponentType } from 'react';
import glossary from './pages/glossary';
import library from './pages/library';
import reader from './pages/reader';
import review from './pages/review';
import teach from './pages/teach';
import wordOrder from './pages/wordOrder';
import words from './pages/words';
import worksheet from './pages/worksheet';

/** Every island, by name: each page kind's (pages.ts, pages/<kind>.ts). */
const ALL = { ...glossary, ...library, ...reader, ...review, ...teach, ...wordOrder, ...words, ...worksheet };
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
 * static pages, see scripts/islands.ts), its page kind's module reads both and hydrates it
 * with Preact (start.ts); elsewhere React hydrates it as any client component and the wrapper
 * is inert. A page may hold only the islands of its kind (pages.ts): the build refuses others.
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
