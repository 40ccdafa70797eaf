import http from 'node:http';
import autocannon from 'autocannon';
import { expect, test as it } from '@playwright/test';

const READER = '/en/articles/korea-china-diplomats-talks';

// Generated hostile URLs: traversal, broken percent-encoding, huge and scripted parameters,
// unknown locales and slugs, in every position a path or query can take them.
function hostileUrls(): string[] {
  const payloads = [
    '..',
    '../..',
    '%2e%2e%2f%2e%2e%2f',
    '..%2F..%2Fetc%2Fpasswd',
    '....//....//etc/passwd',
    '%',
    '%zz',
    '%E0%A4%A',
    '%00',
    '%0d%0aSet-Cookie:x=1',
    '<script>alert(1)</script>',
    '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '"><img src=x onerror=alert(1)>',
    "'; DROP TABLE x;--",
    '${7*7}',
    '{{7*7}}',
    '\\\\evil',
    '%5C..%5C',
    'a'.repeat(4000),
    '%F0%9F%99%82',
    '🙂',
    '한국',
    '中文',
    'fr',
    'EN',
    'null',
    'undefined',
    '__proto__',
    'constructor',
    '.env',
    'package.json',
    '_next',
    'api',
    'ko-KR',
    'zh-Hant',
  ];
  const urls = new Set<string>();
  for (const p of payloads) {
    urls.add(`/${p}`);
    urls.add(`/${p}/articles/korea-china-diplomats-talks`);
    urls.add(`/en/${p}`);
    urls.add(`/ko/articles/${p}`);
    urls.add(`/zh/articles/korea-china-diplomats-talks/${p}`);
    urls.add(`${READER}?show=${p}`);
    urls.add(`${READER}?${p}=${p}`);
    urls.add(`/en?q=${p}`);
    urls.add(`/_next/static/${p}`);
    urls.add(`/api/${p}.txt`);
    urls.add(`/api/articles/${p}/terms`);
    for (const param of ['paras', 'focus', 'title', 'note', 'due', 'reveal']) {
      urls.add(`${READER}/worksheet?${param}=${p}`);
    }
    urls.add(`${READER}?paras=${p}&focus=${p}&title=${p}&note=${p}&due=${p}`);
  }
  urls.add(`${READER}/worksheet?note=${'x'.repeat(8000)}&paras=${'1-12,'.repeat(500)}`);
  urls.add(`${READER}?show=${'en,'.repeat(3000)}`);
  return [...urls];
}

/** Sends the path as written (a browser or URL parser would normalise it first). */
function rawGet(base: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  const send = (p: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.get({ hostname, port, path: p, maxHeaderSize: 64 * 1024 }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
    });
  // Node refuses raw non-ASCII in a request path; send those percent-encoded.
  return /^[\x21-\x7e]*$/.test(path) ? send(path) : send(encodeURI(path));
}

it.describe('hostile requests', () => {
  it.describe.configure({ mode: 'serial' });

  it('never answer with a 5xx, a stack trace or a file path', async ({ baseURL }) => {
    const urls = hostileUrls();
    expect(urls.length).toBeGreaterThan(250);
    const failures: string[] = [];
    for (const url of urls) {
      const { status, body } = await rawGet(baseURL!, url);
      if (status >= 500) failures.push(`${status} ${url}`);
      if (/at \S+ \(|node_modules|\/work\/|webpack-internal|\.tsx?:\d+/.test(body)) failures.push(`leak ${url}`);
    }
    expect(failures).toEqual([]);
  });

  it('holds 50 connections on the reader for 10 s without an error', async ({ baseURL }) => {
    it.setTimeout(60_000);
    // As a browser asks for it: compressed.
    const result = await autocannon({
      url: `${baseURL}${READER}`,
      connections: 50,
      duration: 10,
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(result.requests.total).toBeGreaterThan(0);
    console.log(`reader under load: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms`);
  });
});
