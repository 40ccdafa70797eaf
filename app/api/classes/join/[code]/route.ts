import { handle, json, notFound } from '@/lib/classes/http';
import { Code } from '@/lib/classes/input';
import { clientKey, limit } from '@/lib/classes/rateLimit';
import { classByCode } from '@/lib/classes/service';

export const dynamic = 'force-dynamic';

// GET /api/classes/join/{code} → { name, roster }: what a student sees before joining.
export async function GET(request: Request, { params }: RouteContext<'/api/classes/join/[code]'>) {
  return handle(async () => {
    await limit([['lookupPerClient', clientKey(request)]]);
    const code = Code.safeParse((await params).code);
    const cls = code.success ? await classByCode(code.data) : undefined;
    if (!cls) return notFound();
    return json(200, { name: cls.name, roster: cls.roster });
  });
}
