import { handle, invalid, isSameOrigin, json, notFound, readJson } from '@/lib/classes/http';
import { fieldsOf, SubmissionBody } from '@/lib/classes/input';
import { clientKey, limit } from '@/lib/classes/rateLimit';
import { classByCode, submit } from '@/lib/classes/service';

// POST /api/submissions: one snapshot of a student's progress and answers. 201 when recorded,
// 200 with duplicate: true when this id was recorded before (a retry from the device's queue).
export async function POST(request: Request) {
  return handle(async () => {
    if (!isSameOrigin(request)) return json(403, { error: 'cross_origin' });
    const body = SubmissionBody.safeParse(await readJson(request));
    if (!body.success) return invalid(fieldsOf(body.error));
    await limit([
      ['submitPerClient', clientKey(request)],
      ['submitPerClass', body.data.code],
    ]);
    const cls = await classByCode(body.data.code);
    if (!cls) return notFound();
    const result = await submit(body.data, cls);
    if (result.status === 'not_found') return notFound();
    if (result.status === 'invalid') return invalid(result.fields);
    return result.status === 'created' ? json(201, { ok: true }) : json(200, { ok: true, duplicate: true });
  });
}
