import { z } from 'zod';
import { assertSameOrigin, handle, noContent, notFound } from '@/lib/classes/http';
import { classOfKey } from '@/lib/classes/lookup';
import { removeStudent } from '@/lib/classes/service';

// DELETE /api/classes/{key}/students/{studentId}: one student's data, from this class only.
export async function DELETE(request: Request, { params }: RouteContext<'/api/classes/[key]/students/[studentId]'>) {
  return handle(async () => {
    assertSameOrigin(request);
    const { key, studentId } = await params;
    const cls = await classOfKey(request, key);
    if (!z.uuid().safeParse(studentId).success) return notFound();
    await removeStudent(cls, studentId);
    return noContent();
  });
}
