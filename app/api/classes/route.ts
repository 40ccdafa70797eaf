import { handle, json, readBody } from '@/lib/classes/http';
import { NewClassBody } from '@/lib/classes/input';
import { clientKey, limit } from '@/lib/classes/rateLimit';
import { createClass } from '@/lib/classes/service';

// POST /api/classes { name, roster? } → 201 { code, key }. The key is in this response only.
export async function POST(request: Request) {
  return handle(async () => {
    const body = await readBody(request, NewClassBody);
    await limit([
      ['createPerClient', clientKey(request)],
      ['createGlobal', 'all'],
    ]);
    return json(201, await createClass(body));
  });
}
