import { assertSameOrigin, handle, noContent } from '@/lib/classes/http';
import { classOfKey } from '@/lib/classes/lookup';
import { removeClass } from '@/lib/classes/service';

// DELETE /api/classes/{key}: the class and everything it received. Afterwards the key is a 404.
export async function DELETE(request: Request, { params }: RouteContext<'/api/classes/[key]'>) {
  return handle(async () => {
    assertSameOrigin(request);
    await removeClass(await classOfKey(request, (await params).key));
    return noContent();
  });
}
