/**
 * The reader and the other static pages without the framework's client runtime.
 *
 * A prerendered reader page is mostly static HTML: the article, its glossaries and cards.
 * Its few client components only toggle what is shown. The library, the glossary and
 * word-order pages, My words and its review, the assignment builder and the worksheet are the
 * same: static text and a few components. Next.js still ships React and its router (~150 KB
 * compressed) and the page's RSC payload to hydrate them, and on a mid-range phone that costs
 * about a second of main-thread work (README, "Performance"). So these pages are served as
 * their prerendered HTML with Next's scripts removed, and their islands come to life with
 * Preact from one module per page kind (app/_components/islands/pages.ts): the islands that
 * kind holds and Preact, in one file where nothing is loaded on demand.
 *
 *   tsx scripts/islands.ts bundle   before `next build`: bundles each page kind's module into public/islands/
 *   tsx scripts/islands.ts strip    after `next build`: rewrites the prerendered pages of those kinds
 *
 * Only full page loads get a stripped page: every link is a plain <a>
 * (app/_components/layout/LocaleLink.tsx).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import * as esbuild from 'esbuild';
import { PAGE_ISLANDS, PAGE_KINDS, type PageKind } from '@/app/_components/islands/pages';
import { isLocale } from '@/i18n/routing';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'public/islands');
const islands = path.join(root, 'app/_components/islands');
// Written by `bundle`, read by `strip`: `next build` empties .next in between.
const MANIFEST = path.join(root, 'node_modules/.cache/islands/module.json');

/** A page kind's module (a URL) and the chunks it imports, to preload beside it. */
export type Module = { src: string; preload: string[] };
export type Manifest = Record<PageKind, Module>;

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

/** A page kind's entry: its islands (pages/<kind>.ts), hydrated. */
const entries: esbuild.Plugin = {
  name: 'islands-entries',
  setup(build) {
    build.onResolve({ filter: /^page-kind:/ }, (args) => ({
      path: args.path.slice('page-kind:'.length),
      namespace: 'page-kind',
    }));
    build.onLoad({ filter: /.*/, namespace: 'page-kind' }, (args) => ({
      resolveDir: islands,
      loader: 'ts',
      contents: `import islands from './pages/${args.path}';\nimport { hydrateIslands } from './start';\nhydrateIslands(islands);\n`,
    }));
  },
};

/**
 * Bundles one page kind's module with Preact. Each kind is a build of its own, so that no chunk
 * is shared between kinds: splitting the modules into shared chunks (Preact, the header's
 * islands, …) made the reader load twelve files and added 8 KB of responses to every page
 * (README, "Pages without the framework's runtime"). Chunks remain only for what a page loads
 * on demand (the builder's QR encoder and saved draft).
 */
async function bundleKind(kind: PageKind): Promise<Module> {
  const result = await esbuild.build({
    entryPoints: [{ in: `page-kind:${kind}`, out: kind }],
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
    plugins: [aliases, entries],
    logLevel: 'warning',
    metafile: true,
  });
  const outputs = result.metafile.outputs;
  const url = (file: string) => `/${path.relative(path.join(root, 'public'), path.resolve(root, file))}`;
  const [file] = Object.entries(outputs).find(([, meta]) => meta.entryPoint !== undefined)!;
  // The chunks the module imports before it runs, for `strip` to preload.
  const chunks = new Set<string>();
  const visit = (out: string) => {
    for (const i of outputs[out]!.imports) {
      if (i.kind !== 'import-statement' || chunks.has(i.path)) continue;
      chunks.add(i.path);
      visit(i.path);
    }
  };
  visit(file);
  for (const [out, meta] of Object.entries(outputs))
    console.log(`islands: ${kind} ${path.relative(root, out)} ${(meta.bytes / 1024).toFixed(1)} KB`);
  return { src: url(file), preload: [...chunks].map(url) };
}

export async function bundle() {
  rmSync(outdir, { recursive: true, force: true });
  const modules = await Promise.all(PAGE_KINDS.map(async (kind) => [kind, await bundleKind(kind)] as const));
  mkdirSync(path.dirname(MANIFEST), { recursive: true });
  writeFileSync(MANIFEST, JSON.stringify(Object.fromEntries(modules), null, 2));
}

/** Each page kind's module, as pages load it, with the chunks it imports. */
function manifest(): Manifest {
  const found = existsSync(MANIFEST) ? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as Partial<Manifest>) : {};
  for (const kind of PAGE_KINDS) {
    const src = found[kind]?.src;
    if (!src || !existsSync(path.join(root, 'public', src))) {
      throw new Error(`No ${kind} module in public/islands: run \`tsx scripts/islands.ts bundle\` first`);
    }
  }
  return found as Manifest;
}

/**
 * The page without Next's scripts (its runtime, the RSC payload, their preloads), with its
 * kind's module in their place and the chunks it imports preloaded beside it. The page may
 * hold only islands that module hydrates; any other fails the build. The head
 * script that applies the reader's display choices before the first paint (id="boot")
 * stays, and it is the only inline script the page may run: a second Content-Security-Policy in a <meta>, which the browser applies on top of the
 * site's header (next.config.js), allows scripts from the site and that one by its hash.
 */
export function strip(html: string, kind: PageKind, { src, preload }: Module): string {
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
        `${preload.map((href) => `<link rel="modulepreload" href="${href}"/>`).join('')}<script type="module" src="${src}"></script></head>`,
    );
  // A page of this kind with an island its module does not hydrate would be served broken.
  const held = new Set([...out.matchAll(/\bdata-island="([^"]*)"/g)].map((m) => m[1]!));
  const foreign = [...held].filter((name) => !(PAGE_ISLANDS[kind] as readonly string[]).includes(name));
  if (foreign.length > 0) {
    throw new Error(
      `A ${kind} page holds ${foreign.join(', ')}, which the ${kind} module does not hydrate: add it to ${kind} in app/_components/islands/pages.ts and pages/${kind}.ts`,
    );
  }
  if (
    boot === undefined ||
    !out.includes('<meta charSet="utf-8"/>') ||
    out.includes('__next_f') ||
    /_next\/static\/chunks\/[^"]*\.js/.test(out) ||
    held.size === 0
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
  const modules = manifest();
  const count: Partial<Record<PageKind, number>> = {};
  for (const file of readdirSync(app, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'))) {
    const kind = kindOf(file);
    if (!kind) continue;
    const full = path.join(app, file);
    writeFileSync(full, strip(readFileSync(full, 'utf8'), kind, modules[kind]));
    count[kind] = (count[kind] ?? 0) + 1;
  }
  for (const kind of PAGE_KINDS) if (!count[kind]) throw new Error(`No prerendered ${kind} page in .next/server/app`);
  // `next start` keeps pages it has served here; a copy from before this step must not survive.
  rmSync(path.join(root, '.next/server/route-cache'), { recursive: true, force: true });
  console.log(
    `islands: ${PAGE_KINDS.map((kind) => `${count[kind]} ${kind}`).join(', ')} pages load their kind's module instead of the framework's runtime`,
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
