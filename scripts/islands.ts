/**
 * The reader page without the framework's client runtime.
 *
 * A prerendered reader page is mostly static HTML: the article, its glossaries and cards.
 * Its few client components (app/_components/islands/registry.ts) only toggle what is shown.
 * Next.js still ships React and its router (~140 KB compressed) and the page's RSC payload to
 * hydrate them, and on a mid-range phone that costs about a second of main-thread work
 * (README, "Performance"). So the reader is served as its prerendered HTML with Next's
 * scripts removed, and the islands come to life with Preact from one small module.
 *
 *   tsx scripts/islands.ts bundle   before `next build`: bundles the islands into public/islands/
 *   tsx scripts/islands.ts strip    after `next build`: rewrites the prerendered reader pages
 *
 * Only full page loads get the stripped page. A client-side navigation from another page
 * still fetches the RSC payload and renders the same components with React.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import * as esbuild from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'public/islands');
const islands = path.join(root, 'app/_components/islands');

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

export async function bundle() {
  rmSync(outdir, { recursive: true, force: true });
  const result = await esbuild.build({
    entryPoints: { reader: path.join(islands, 'hydrate.ts') },
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
  const out = Object.entries(result.metafile.outputs);
  for (const [file, meta] of out) console.log(`islands: ${path.relative(root, file)} ${(meta.bytes / 1024).toFixed(1)} KB`);
}

/** The bundle's entry, as the page loads it. */
function entry(): string {
  const file = readdirSync(outdir).find((name) => /^reader-[\w-]+\.js$/.test(name));
  if (!file) throw new Error('No islands bundle in public/islands: run `tsx scripts/islands.ts bundle` first');
  return `/islands/${file}`;
}

/**
 * The page without Next's scripts (its runtime, the RSC payload, their preloads), with the
 * islands module in their place. The head script that applies the reader's display choices
 * before the first paint (id="boot") stays, and it is the only inline script the page may
 * run: a second Content-Security-Policy in a <meta>, which the browser applies on top of the
 * site's header (next.config.js), allows scripts from the site and that one by its hash.
 */
export function strip(html: string, src: string): string {
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
    .replace('</head>', `<script type="module" src="${src}"></script></head>`);
  if (boot === undefined || !out.includes('<meta charSet="utf-8"/>') || out.includes('__next_f') || /_next\/static\/chunks\/[^"]*\.js/.test(out) || !out.includes('data-island=')) {
    throw new Error('The page does not have the shape scripts/islands.ts expects; see its comment');
  }
  const hash = createHash('sha256').update(boot).digest('base64');
  const csp = `<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'sha256-${hash}'"/>`;
  return out.replace('<meta charSet="utf-8"/>', (charset) => charset + csp);
}

function stripPages() {
  const app = path.join(root, '.next/server/app');
  const src = entry();
  let pages = 0;
  for (const locale of readdirSync(app)) {
    const dir = path.join(app, locale, 'articles');
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.html'))) {
      const file = path.join(dir, name);
      writeFileSync(file, strip(readFileSync(file, 'utf8'), src));
      pages += 1;
    }
  }
  if (pages === 0) throw new Error('No prerendered reader pages in .next/server/app/*/articles/');
  // `next start` keeps pages it has served here; a copy from before this step must not survive.
  rmSync(path.join(root, '.next/server/route-cache'), { recursive: true, force: true });
  console.log(`islands: ${pages} reader pages load ${src} instead of the framework's runtime`);
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
