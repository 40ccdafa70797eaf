import { handle, invalid, json, notFound, readBody } from '@/lib/classes/http';
import { SubmissionBody } from '@/lib/classes/input';
import { clientKey, limit } from '@/lib/classes/rateLimit';
import { classByCode, submit } from '@/lib/classes/service';

// POST /api/submissions: one snapshot of a student's progress and answers. 201 when recorded,
// 200 with duplicate: true when this id was recorded before (a retry from the device's queue).
export async function POST(request: Request) {
  return handle(async () => {
    const body = await readBody(request, SubmissionBody);
    await limit([
      ['submitPerClient', clientKey(request)],
      ['submitPerClass', body.code],
    ]);
    const cls = await classByCode(body.code);
    if (!cls) return notFound();
    const result = await submit(body, cls);
    if (result.status === 'not_found') return notFound();
    if (result.status === 'invalid') return invalid(result.fields);
    return result.status === 'created' ? json(201, { ok: true }) : json(200, { ok: true, duplicate: true });
  });
}
