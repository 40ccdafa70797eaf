/**
 * The reader and the other static pages without the framework's client runtime.
 *
 * A prerendered reader page is mostly static HTML: the article, its glossaries and cards.
 * Its few client components (app/_components/islands/registry.ts) only toggle what is shown. The
 * library, the glossary and word-order pages and My words are the same: static text and a few small
 * components. Next.js still ships React and its router (~150 KB compressed) and the page's
 * RSC payload to hydrate them, and on a mid-range phone that costs about a second of
 * main-thread work (README, "Performance"). So these pages are served as their prerendered
 * HTML with Next's scripts removed, and their islands come to life with Preact from one small
 * module, the same for every page.
 *
 *   tsx scripts/islands.ts bundle   before `next build`: bundles the islands into public/islands/
 *   tsx scripts/islands.ts strip    after `next build`: rewrites the prerendered pages of those kinds
 *
 * The assignment builder and the worksheet are served the same way; their islands are larger
 * and each used on one page, so those pages load a second module for them
 * (app/_components/islands/hydratePage.ts, pageIslands.ts). Only full page loads get a stripped
 * page: every link is a plain <a> (app/_components/layout/LocaleLink.tsx).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import * as esbuild from 'esbuild';
import { PAGE_ISLAND_NAMES } from '@/app/_components/islands/pageIslandNames';
import { isLocale } from '@/i18n/routing';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'public/islands');
const islands = path.join(root, 'app/_components/islands');
// Written by `bundle`, read by `strip`: `next build` empties .next in between.
const MANIFEST = path.join(root, 'node_modules/.cache/islands/module.json');

/** The islands module (a URL) and the chunks it imports, to preload beside it; for the second
 *  module of the pages with an island of their own (app/_components/islands/hydratePage.ts),
 *  also each such island's chunk and the chunks that one imports, by the island's name. */
export type Module = { src: string; preload: string[]; islands?: Record<string, string[]>; page?: Module };

/** The prerendered pages served without the framework's runtime. */
const KINDS = ['library', 'reader', 'glossary', 'wordOrder', 'words', 'review', 'teach', 'worksheet'] as const;
export type PageKind = (typeof KINDS)[number];

/** React, React DOM and Next's navigation hooks, as the islands bundle sees them. */
const ALIASES: Record<string, string> = {
  react: path.join(islands, 'react-shim.ts'),
  'react-dom': 'preact/compat',
  'react/jsx-runtime': 'preact/compat/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/compat/jsx-runtime',
  'next/navigation': path.join(islands, 'navigation-shim.ts'),
};

const aliases: esbuild.Plugin = {
  name: 'islands-aliases',
  setup(build) {
    build.onResolve({ filter: /^(react|react-dom|react\/jsx-(dev-)?runtime|next\/navigation)$/ }, async (args) => {
      const target = ALIASES[args.path]!;
      if (path.isAbsolute(target)) return { path: target };
      const resolved = await build.resolve(target, { kind: args.kind, resolveDir: root });
      return { path: resolved.path, errors: resolved.errors };
    });
    build.onResolve({ filter: /^next\// }, (args) => {
      throw new Error(`${args.importer} imports ${args.path}: the islands bundle has no Next.js runtime`);
    });
  },
};

/** Bundles one module (an entry of app/_components/islands) and the chunks it imports with Preact. */
async function bundleModule(name: string, entry: string): Promise<Module> {
  const result = await esbuild.build({
    entryPoints: { [name]: path.join(islands, entry) },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    jsx: 'automatic',
    outdir,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [aliases],
    logLevel: 'warning',
    metafile: true,
  });
  const outputs = result.metafile.outputs;
  for (const [file, meta] of Object.entries(outputs))
    console.log(`islands: ${path.relative(root, file)} ${(meta.bytes / 1024).toFixed(1)} KB`);
  // The module and the chunks it imports before it runs, for `strip`.
  const url = (file: string) => `/${path.relative(path.join(root, 'public'), path.resolve(root, file))}`;
  const [file] = Object.entries(outputs).find(([, meta]) => meta.entryPoint !== undefined)!;
  const chunks = new Set<string>();
  const visit = (out: string) => {
    for (const i of outputs[out]!.imports) {
      if (i.kind !== 'import-statement' || chunks.has(i.path)) continue;
      chunks.add(i.path);
      visit(i.path);
    }
  };
  visit(file);
  // Each island the module loads on demand (import()) is a chunk of its own: named here by the
  // component file it holds (hydratePage.ts: AssignmentBuilder.tsx, Review.tsx …).
  const islandChunks: Record<string, string[]> = {};
  for (const i of outputs[file]!.imports) {
    if (i.kind !== 'dynamic-import') continue;
    const component = Object.keys(outputs[i.path]!.inputs)
      .map((input) => /([A-Z]\w*)\.tsx$/.exec(input)?.[1])
      .find((name) => name !== undefined && PAGE_ISLAND_NAMES.includes(name as (typeof PAGE_ISLAND_NAMES)[number]));
    if (!component) continue;
    const own = new Set<string>([i.path]);
    const add = (out: string) => {
      for (const j of outputs[out]!.imports) {
        if (j.kind !== 'import-statement' || own.has(j.path) || chunks.has(j.path)) continue;
        own.add(j.path);
        add(j.path);
      }
    };
    add(i.path);
    islandChunks[component] = [...own].map(url);
  }
  return {
    src: url(file),
    preload: [...chunks].map(url),
    ...(Object.keys(islandChunks).length > 0 ? { islands: islandChunks } : {}),
  };
}

export async function bundle() {
  rmSync(outdir, { recursive: true, force: true });
  // Two builds, so that no chunk is shared between them: the page islands' module brings its
  // own Preact rather than split the shared module into more files.
  const islandsModule: Module = {
    ...(await bundleModule('islands', 'hydrate.ts')),
    page: await bundleModule('page', 'hydratePage.ts'),
  };
  mkdirSync(path.dirname(MANIFEST), { recursive: true });
  writeFileSync(MANIFEST, JSON.stringify(islandsModule, null, 2));
}

/** The islands module, as pages load it, with the chunks it imports. */
function entry(): Module {
  const found = existsSync(MANIFEST) ? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as Module) : undefined;
  if (!found || !existsSync(path.join(root, 'public', found.src))) {
    throw new Error('No islands module in public/islands: run `tsx scripts/islands.ts bundle` first');
  }
  return found;
}

/**
 * The page without Next's scripts (its runtime, the RSC payload, their preloads), with the
 * islands module in their place and the chunks it imports preloaded beside it. The head
 * script that applies the reader's display choices before the first paint (id="boot")
 * stays, and it is the only inline script the page may run: a second Content-Security-Policy in a <meta>, which the browser applies on top of the
 * site's header (next.config.js), allows scripts from the site and that one by its hash.
 */
export function strip(html: string, { src, preload, page }: Module): string {
  // The pages with an island of their own load the second module too, with that island's chunks.
  const own = PAGE_ISLAND_NAMES.filter((name) => html.includes(`data-island="${name}"`));
  const modules = [
    { src, preload },
    ...(page && own.length > 0
      ? [{ src: page.src, preload: [...page.preload, ...own.flatMap((name) => page.islands?.[name] ?? [])] }]
      : []),
  ];
  // A script ends at the first </script>, for the browser as for this expression.
  const scripts = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  let boot: string | undefined;
  const out = html
    .replace(scripts, (tag, attributes: string, body: string) => {
      if (!/\bid="boot"/.test(attributes)) return '';
      boot = body;
      return tag;
    })
    .replace(/<link\b[^>]*\bas="script"[^>]*>/gi, '')
    .replace(
      '</head>',
      () =>
        `${modules
          .flatMap((m) => m.preload)
          .map((href) => `<link rel="modulepreload" href="${href}"/>`)
          .join('')}${modules.map((m) => `<script type="module" src="${m.src}"></script>`).join('')}</head>`,
    );
  if (
    boot === undefined ||
    !out.includes('<meta charSet="utf-8"/>') ||
    out.includes('__next_f') ||
    /_next\/static\/chunks\/[^"]*\.js/.test(out) ||
    !out.includes('data-island=')
  ) {
    throw new Error('The page does not have the shape scripts/islands.ts expects; see its comment');
  }
  const hash = createHash('sha256').update(boot).digest('base64');
  const csp = `<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'sha256-${hash}'"/>`;
  return out.replace('<meta charSet="utf-8"/>', (charset) => charset + csp);
}

/** Which page kind a prerendered page is, from its path under .next/server/app. */
export function kindOf(file: string): PageKind | undefined {
  const [locale, ...rest] = file.replace(/\.html$/, '').split('/');
  if (!locale || !isLocale(locale)) return undefined;
  if (rest.length === 0) return 'library';
  if (rest.length === 1 && rest[0] === 'words') return 'words';
  if (rest.length === 2 && rest[0] === 'words' && rest[1] === 'review') return 'review';
  if (rest.length === 1 && rest[0] === 'teach') return 'teach';
  if (rest.length === 2 && rest[0] === 'articles') return 'reader';
  if (rest.length === 3 && rest[0] === 'articles' && rest[2] === 'glossary') return 'glossary';
  if (rest.length === 3 && rest[0] === 'articles' && rest[2] === 'word-order') return 'wordOrder';
  if (rest.length === 3 && rest[0] === 'articles' && rest[2] === 'worksheet') return 'worksheet';
  return undefined;
}

function stripPages() {
  const app = path.join(root, '.next/server/app');
  const islandsModule = entry();
  const count: Partial<Record<PageKind, number>> = {};
  for (const file of readdirSync(app, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'))) {
    const kind = kindOf(file);
    if (!kind) continue;
    const full = path.join(app, file);
    writeFileSync(full, strip(readFileSync(full, 'utf8'), islandsModule));
    count[kind] = (count[kind] ?? 0) + 1;
  }
  for (const kind of KINDS) if (!count[kind]) throw new Error(`No prerendered ${kind} page in .next/server/app`);
  // `next start` keeps pages it has served here; a copy from before this step must not survive.
  rmSync(path.join(root, '.next/server/route-cache'), { recursive: true, force: true });
  console.log(
    `islands: ${KINDS.map((kind) => `${count[kind]} ${kind}`).join(', ')} pages load ${islandsModule.src} instead of the framework's runtime`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const command = process.argv[2];
  if (command === 'bundle') await bundle();
  else if (command === 'strip') stripPages();
  else {
    console.error('usage: tsx scripts/islands.ts bundle|strip');
    process.exit(1);
  }
}
