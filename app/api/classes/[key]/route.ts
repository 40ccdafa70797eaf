import { handle, isSameOrigin, json, noContent, notFound } from '@/lib/classes/http';
import { clientKey, limit } from '@/lib/classes/rateLimit';
import { classByKey, removeClass } from '@/lib/classes/service';

// DELETE /api/classes/{key}: the class and everything it received. Afterwards the key is a 404.
export async function DELETE(request: Request, { params }: RouteContext<'/api/classes/[key]'>) {
  return handle(async () => {
    if (!isSameOrigin(request)) return json(403, { error: 'cross_origin' });
    await limit([['lookupPerClient', clientKey(request)]]);
    const cls = await classByKey((await params).key);
    if (!cls) return notFound();
    await removeClass(cls);
    return noContent();
  });
}
