import 'server-only';
import type { ClassRow } from '@/lib/db/queries';
import { HttpError, notFound } from './http';
import { clientKey, limit } from './rateLimit';
import { classByKey } from './service';

/** The class a teacher's key opens, counted against the client's lookups; a 404 (thrown) for a
 *  wrong or deleted key alike. */
export async function classOfKey(request: Request, key: string): Promise<ClassRow> {
  await limit([['lookupPerClient', clientKey(request)]]);
  const cls = await classByKey(key);
  if (!cls) throw new HttpError(notFound());
  return cls;
}
