import { handle, json, notFound } from '@/lib/classes/http';
import { clientKey, limit } from '@/lib/classes/rateLimit';
import { classByKey, dashboard } from '@/lib/classes/service';

export const dynamic = 'force-dynamic';

// GET /api/classes/{key}/dashboard: the dashboard's data, for the page's refresh.
export async function GET(request: Request, { params }: RouteContext<'/api/classes/[key]/dashboard'>) {
  return handle(async () => {
    await limit([['lookupPerClient', clientKey(request)]]);
    const cls = await classByKey((await params).key);
    if (!cls) return notFound();
    return json(200, await dashboard(cls));
  });
}
