import { handle, json } from '@/lib/classes/http';
import { classOfKey } from '@/lib/classes/lookup';
import { dashboard } from '@/lib/classes/service';

export const dynamic = 'force-dynamic';

// GET /api/classes/{key}/dashboard: the dashboard's data, for the page's refresh.
export async function GET(request: Request, { params }: RouteContext<'/api/classes/[key]/dashboard'>) {
  return handle(async () => {
    return json(200, await dashboard(await classOfKey(request, (await params).key)));
  });
}
