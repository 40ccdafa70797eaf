import 'server-only';
import type { z } from 'zod';
import { fieldsOf } from './input';

// What every classes route shares: its headers, the same-origin rule, the body size limit,
// and the error responses of the contract (docs: README, "Classes").

/** No copy of a class's data kept anywhere on the way; the teacher key leaks in no Referer. */
export const PRIVATE_HEADERS = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex',
} as const;

export const BODY_LIMIT = 16 * 1024;

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...PRIVATE_HEADERS, ...headers } });
}

export const noContent = () => new Response(null, { status: 204, headers: PRIVATE_HEADERS });
export const notFound = () => json(404, { error: 'not_found' });
export const invalid = (fields: Record<string, string>) => json(400, { error: 'invalid', fields });
export const unavailable = () => json(503, { error: 'unavailable' }, { 'Retry-After': '30' });
export const rateLimited = (retryAfter: number) =>
  json(429, { error: 'rate_limited', retryAfter }, { 'Retry-After': String(retryAfter) });

/**
 * Whether a state-changing request comes from this site's own pages. Browsers send
 * Sec-Fetch-Site with every fetch; older ones send Origin. A request with neither (a script,
 * curl) is refused as well: there is no page of ours it could come from.
 */
export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site) return site === 'same-origin';
  const origin = request.headers.get('origin');
  if (!origin) return false;
  try {
    return new URL(origin).host === (request.headers.get('host') ?? new URL(request.url).host);
  } catch {
    return false;
  }
}

export class HttpError extends Error {
  constructor(readonly response: Response) {
    super('http error');
  }
}

/** Refuses (a 403, thrown) a state-changing request from another site. */
export function assertSameOrigin(request: Request): void {
  if (!isSameOrigin(request)) throw new HttpError(json(403, { error: 'cross_origin' }));
}

/** The JSON body, read no further than the limit (a declared length over it is refused unread). */
export async function readJson(request: Request, limit = BODY_LIMIT): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) throw new HttpError(json(413, { error: 'too_large' }));
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new HttpError(invalid({ _: 'content_type' }));
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        throw new HttpError(json(413, { error: 'too_large' }));
      }
      chunks.push(value);
    }
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(invalid({ _: 'json' }));
  }
}

/** A state-changing request's body, parsed with `schema`: a 403 (thrown) from another site, a
 *  400 with the fields that do not parse. */
export async function readBody<T extends z.ZodType>(request: Request, schema: T): Promise<z.output<T>> {
  assertSameOrigin(request);
  const body = schema.safeParse(await readJson(request));
  if (!body.success) throw new HttpError(invalid(fieldsOf(body.error)));
  return body.data;
}

/**
 * Runs a route's work: an HttpError becomes its response; anything else from the database
 * (PostgreSQL unreachable, a disk error) is a 503 the client answers by keeping the submission
 * queued on the device. Only the error's code or class is logged, never a URL or a body (they
 * carry keys and names).
 */
export async function handle(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof HttpError) return error.response;
    const e = error as { code?: unknown; name?: unknown };
    console.error(`classes: storage unavailable (${String(e.code ?? e.name ?? 'error')})`);
    return unavailable();
  }
}
