import { handle, invalid, isSameOrigin, json, readJson } from '@/lib/classes/http';
import { fieldsOf, NewClassBody } from '@/lib/classes/input';
import { clientKey, limit } from '@/lib/classes/rateLimit';
import { createClass } from '@/lib/classes/service';

// POST /api/classes { name, roster? } → 201 { code, key }. The key is in this response only.
export async function POST(request: Request) {
  return handle(async () => {
    if (!isSameOrigin(request)) return json(403, { error: 'cross_origin' });
    const body = NewClassBody.safeParse(await readJson(request));
    if (!body.success) return invalid(fieldsOf(body.error));
    await limit([
      ['createPerClient', clientKey(request)],
      ['createGlobal', 'all'],
    ]);
    return json(201, await createClass(body.data));
  });
}
