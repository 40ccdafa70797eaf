import { describe, expect, it } from 'vitest';
import { HttpError, isSameOrigin, readJson } from '@/lib/classes/http';
import { clientKey, limit, RATE_LIMITS } from '@/lib/classes/rateLimit';

const request = (headers: Record<string, string>, body = '{}') =>
  new Request('http://localhost:3000/api/classes', { method: 'POST', headers, body });

async function responseOf(work: Promise<unknown>): Promise<Response | undefined> {
  try {
    await work;
    return undefined;
  } catch (error) {
    if (error instanceof HttpError) return error.response;
    throw error;
  }
}

describe('classes routes: what comes in', () => {
  it('take a POST from the site itself and refuse one from elsewhere or from nowhere', () => {
    expect(isSameOrigin(request({ 'sec-fetch-site': 'same-origin' }))).toBe(true);
    expect(isSameOrigin(request({ origin: 'http://localhost:3000', host: 'localhost:3000' }))).toBe(true);
    expect(isSameOrigin(request({ 'sec-fetch-site': 'cross-site', origin: 'http://localhost:3000' }))).toBe(false);
    expect(isSameOrigin(request({ origin: 'https://evil.example', host: 'localhost:3000' }))).toBe(false);
    expect(isSameOrigin(request({}))).toBe(false);
  });

  it('refuse a body over 16 KB, even one that does not declare its length', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(17_000) });
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(big));
        c.close();
      },
    });
    const undeclared = new Request('http://localhost/api/classes', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect((await responseOf(readJson(undeclared)))?.status).toBe(413);
  });

  it('answer a body that is not JSON with 400', async () => {
    const response = await responseOf(readJson(request({ 'content-type': 'application/json' }, '{name')));
    expect(response?.status).toBe(400);
  });

  it('answer 429 with a retry time past a limit, and count each client apart', async () => {
    const { points } = RATE_LIMITS.createPerClient;
    for (let i = 0; i < points; i++) await limit([['createPerClient', 'client-a']]);
    const response = await responseOf(limit([['createPerClient', 'client-a']]));
    expect(response?.status).toBe(429);
    const body = (await response!.json()) as { error: string; retryAfter: number };
    expect(body.error).toBe('rate_limited');
    expect(body.retryAfter).toBeGreaterThan(0);
    expect(await responseOf(limit([['createPerClient', 'client-b']]))).toBeUndefined();
  });

  it('key clients by the address the nearest trusted proxy saw', () => {
    const r = new Request('http://localhost/', { headers: { 'x-forwarded-for': '203.0.113.9, 10.0.0.2' } });
    expect(clientKey(r)).toBe('203.0.113.9');
    process.env.TRUSTED_PROXY_HOPS = '1';
    try {
      expect(clientKey(r)).toBe('10.0.0.2');
    } finally {
      delete process.env.TRUSTED_PROXY_HOPS;
    }
  });
});
