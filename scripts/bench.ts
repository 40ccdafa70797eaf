// npm run bench: builds, serves the production build, and prints the budgets of issue #8 for
// every page kind in every locale (Lighthouse 12, mobile emulation, system Chromium), the
// client JavaScript the project adds beyond the framework, and requests per second under
// load for the reader against a static copy of the same HTML. It measures and reports; it
// never fails on a figure (a noisy machine is not a regression).
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import * as chromeLauncher from 'chrome-launcher';
import { build } from 'esbuild';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from '../tests/e2e/browser';

const PORT = 3300;
const STATIC_PORT = 3301;
const BASE = `http://localhost:${PORT}`;
const LOCALES = ['en', 'ko', 'zh'];
const PAGES: Record<string, string> = {
  library: '',
  reader: '/articles/korea-china-diplomats-talks',
  glossary: '/articles/korea-china-diplomats-talks/glossary',
  teach: '/teach',
  worksheet: '/articles/korea-china-diplomats-talks/worksheet?show=en,ko&paras=1-4&focus=summit,mend-ties,thaad&title=Week%2012',
};
const BUDGET = { performance: 0.95, accessibility: 1, bestPractices: 1, seo: 1, cls: 0, transferKB: 220, ownJsKB: 25 };

async function waitFor(url: string) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up`);
}

/**
 * The project's client islands bundled without React, Next and next-intl, gzipped: what a
 * page loads at start, that is the islands and the chunks they import statically. Code an
 * island loads on demand (the assignment parser with zod, the QR encoder) is not counted;
 * `skip` leaves out islands a reader page does not have (the teacher's builder).
 */
async function ownClientJs(skip: RegExp = /$^/): Promise<number> {
  const entries = execSync("grep -rl \"^'use client'\" app", { encoding: 'utf8' })
    .trim()
    .split('\n')
    .filter((f) => !skip.test(f));
  const result = await build({
    entryPoints: entries,
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'esm',
    outdir: 'out',
    splitting: true,
    jsx: 'automatic',
    alias: { '@': process.cwd() },
    external: ['react', 'react-dom', 'react/*', 'next', 'next/*', 'next-intl', 'next-intl/*', 'use-intl'],
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const loaded = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file) || !outputs[file]) return;
    loaded.add(file);
    for (const i of outputs[file]!.imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  // esbuild also lists what islands import dynamically as entry points: start from ours only.
  Object.entries(outputs)
    .filter(([, o]) => o.entryPoint && entries.includes(o.entryPoint))
    .forEach(([file]) => visit(file));
  return result.outputFiles
    .filter((f) => loaded.has(path.relative(process.cwd(), f.path)))
    .reduce((sum, f) => sum + zlib.gzipSync(f.contents).length, 0);
}

type Row = { page: string; performance: number; accessibility: number; bestPractices: number; seo: number; cls: number; transferKB: number; fonts: number };

async function audit(url: string, port: number): Promise<Omit<Row, 'page'>> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
  const lhr = result!.lhr;
  if (process.argv.includes('--verbose')) {
    for (const category of Object.values(lhr.categories)) {
      for (const ref of category.auditRefs) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a && a.score !== null && a.score < 1) console.log(`  ${url} ${category.id}: ${a.id} ${a.score} ${a.displayValue ?? ''}`);
      }
    }
  }
  const requests = (lhr.audits['network-requests']?.details as { items?: { resourceType?: string }[] })?.items ?? [];
  return {
    performance: lhr.categories.performance?.score ?? 0,
    accessibility: lhr.categories.accessibility?.score ?? 0,
    bestPractices: lhr.categories['best-practices']?.score ?? 0,
    seo: lhr.categories.seo?.score ?? 0,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    transferKB: (lhr.audits['total-byte-weight']?.numericValue ?? NaN) / 1024,
    fonts: requests.filter((r) => r.resourceType === 'Font').length,
  };
}

async function load(url: string) {
  const r = await autocannon({ url, connections: 50, duration: 10 });
  return { rps: Math.round(r.requests.average), p99: r.latency.p99, errors: r.errors + r.non2xx + r.timeouts };
}

const mark = (ok: boolean) => (ok ? 'ok' : 'OVER');

async function main() {
  if (process.argv.includes('--js-only')) {
    const reader = (await ownClientJs(/AssignmentBuilder|PrintButton|GlossarySearch/)) / 1024;
    console.log(`Client JS the project adds beyond the framework, reader islands: ${reader.toFixed(1)} KB gzipped; every island: ${((await ownClientJs()) / 1024).toFixed(1)} KB`);
    return;
  }
  // Canonical and hreflang URLs are absolute: build them for the port the bench serves on.
  if (!process.argv.includes('--no-build')) {
    execSync('npx next build', { stdio: 'inherit', env: { ...process.env, SITE_URL: BASE } });
  }
  const server = spawn('npx', ['next', 'start', '-p', String(PORT)], { stdio: 'ignore', detached: true });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    await waitFor(`${BASE}/en`);
    const rows: Row[] = [];
    for (const [kind, suffix] of Object.entries(PAGES)) {
      for (const locale of LOCALES) {
        const page = `/${locale}${suffix}`;
        await audit(`${BASE}${page}`, chrome.port); // warm-up: the first load pays for compilation caches
        rows.push({ page: `${kind} ${page}`, ...(await audit(`${BASE}${page}`, chrome.port)) });
      }
    }
    const ownJs = (await ownClientJs(/AssignmentBuilder|PrintButton|GlossarySearch/)) / 1024;
    const allJs = (await ownClientJs()) / 1024;

    // The same reader HTML as a static file, served by plain Node on the same machine.
    const readerPath = `/en${PAGES.reader}`;
    const html = await (await fetch(`${BASE}${readerPath}`)).text();
    const file = path.join(os.tmpdir(), 'reader.html');
    fs.writeFileSync(file, html);
    const staticServer = http
      .createServer((_, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        fs.createReadStream(file).pipe(res);
      })
      .listen(STATIC_PORT);
    const reader = await load(`${BASE}${readerPath}`);
    const baseline = await load(`http://localhost:${STATIC_PORT}/`);
    staticServer.close();

    const fmt = (n: number, d = 2) => n.toFixed(d);
    console.log(`\nBench ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, Node ${process.version}, Lighthouse 12 mobile\n`);
    console.log('| page | perf | a11y | best pr. | SEO | CLS | transfer KB | fonts |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of rows) {
      console.log(
        `| ${r.page} | ${fmt(r.performance)} ${mark(r.performance >= BUDGET.performance)} | ${fmt(r.accessibility)} ${mark(r.accessibility >= BUDGET.accessibility)} | ${fmt(r.bestPractices)} ${mark(r.bestPractices >= BUDGET.bestPractices)} | ${fmt(r.seo)} ${mark(r.seo >= BUDGET.seo)} | ${fmt(r.cls, 3)} ${mark(r.cls <= BUDGET.cls)} | ${fmt(r.transferKB, 1)} ${mark(r.transferKB <= BUDGET.transferKB)} | ${r.fonts} ${mark(r.fonts === 0)} |`,
      );
    }
    console.log(`\nClient JS the project adds beyond the framework, reader islands: ${fmt(ownJs, 1)} KB gzipped (budget ${BUDGET.ownJsKB}) ${mark(ownJs <= BUDGET.ownJsKB)}; every island incl. the teacher's builder: ${fmt(allJs, 1)} KB`);
    console.log('\n| load, 50 connections, 10 s | req/s | p99 ms | errors + non-2xx |\n| --- | --- | --- | --- |');
    console.log(`| reader ${readerPath} (next start) | ${reader.rps} | ${reader.p99} | ${reader.errors} |`);
    console.log(`| same HTML as a static file (node:http) | ${baseline.rps} | ${baseline.p99} | ${baseline.errors} |`);
  } finally {
    await chrome.kill();
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
