import { z } from 'zod';
import { handle, isSameOrigin, json, noContent, notFound } from '@/lib/classes/http';
import { clientKey, limit } from '@/lib/classes/rateLimit';
import { classByKey, removeStudent } from '@/lib/classes/service';

// DELETE /api/classes/{key}/students/{studentId}: one student's data, from this class only.
export async function DELETE(request: Request, { params }: RouteContext<'/api/classes/[key]/students/[studentId]'>) {
  return handle(async () => {
    if (!isSameOrigin(request)) return json(403, { error: 'cross_origin' });
    await limit([['lookupPerClient', clientKey(request)]]);
    const { key, studentId } = await params;
    const cls = await classByKey(key);
    if (!cls || !z.uuid().safeParse(studentId).success) return notFound();
    await removeStudent(cls, studentId);
    return noContent();
  });
}
