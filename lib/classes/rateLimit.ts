import 'server-only';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { configFromEnv } from '@/lib/db';
import { HttpError, rateLimited } from './http';

/**
 * The limits, chosen so that a real class never meets them: 40 students behind one school
 * address each sending a snapshot every 2 seconds is 1,200 submissions a minute. Documented
 * in the README ("Classes", limits).
 */
export const RATE_LIMITS = {
  /** Classes created, per client, per 10 minutes; and by everyone, per hour. */
  createPerClient: { points: 120, duration: 600 },
  createGlobal: { points: 2_000, duration: 3_600 },
  /** Submissions per client and per class, per minute. */
  submitPerClient: { points: 1_500, duration: 60 },
  submitPerClass: { points: 2_400, duration: 60 },
  /** Joins (class code look-ups) and teacher requests per client, per minute. */
  lookupPerClient: { points: 300, duration: 60 },
} as const;

type Name = keyof typeof RATE_LIMITS;

// In memory by default (one server); in PostgreSQL when DATABASE_URL is set, so that several
// app servers share the counts. If PostgreSQL cannot be reached, memory stands in.
const holder = globalThis as typeof globalThis & { __classesLimiters?: Promise<Record<Name, RateLimiterAbstract>> };

function each(make: (name: Name) => RateLimiterAbstract): Record<Name, RateLimiterAbstract> {
  const out = {} as Record<Name, RateLimiterAbstract>;
  for (const name of Object.keys(RATE_LIMITS) as Name[]) out[name] = make(name);
  return out;
}

async function build(): Promise<Record<Name, RateLimiterAbstract>> {
  const config = configFromEnv();
  const memory = (name: Name) => new RateLimiterMemory({ keyPrefix: name, ...RATE_LIMITS[name] });
  if (config.engine !== 'postgres') return each(memory);
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: config.url, max: 2, connectionTimeoutMillis: 2_000 });
  pool.on('error', () => {});
  return each(
    (name) =>
      new RateLimiterPostgres(
        {
          storeClient: pool,
          tableName: 'rate_limits',
          keyPrefix: name,
          clearExpiredByTimeout: false,
          insuranceLimiter: memory(name),
          ...RATE_LIMITS[name],
        },
        () => {},
      ),
  );
}

const limiters = () => (holder.__classesLimiters ??= build());

/** Counts one request against each named limit; a 429 (as an HttpError) past any of them. */
export async function limit(checks: [Name, string][]): Promise<void> {
  const all = await limiters();
  for (const [name, key] of checks) {
    try {
      await all[name].consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw new HttpError(rateLimited(Math.ceil(error.msBeforeNext / 1000)));
      // The store failed and so did its stand-in: let the request through rather than lose it.
    }
  }
}

/**
 * Who is asking, for the per-client limits. Next gives route handlers no socket: it sets
 * X-Forwarded-For to the socket's address when the request has none. Behind N proxies that
 * overwrite or append to it, set TRUSTED_PROXY_HOPS=N and the address the nearest proxy saw is
 * used. Without a proxy a client could choose its own key; the per-class and global limits
 * hold regardless.
 */
export function clientKey(request: Request): string {
  const list = (request.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  const chosen = hops > 0 ? list[Math.max(0, list.length - hops)] : list[0];
  return (chosen ?? 'unknown').slice(0, 64);
}
