import { isLocale } from '@/i18n/routing';
import { dashboardCsv } from '@/lib/classes/dashboard';
import { handle, PRIVATE_HEADERS } from '@/lib/classes/http';
import { classOfKey } from '@/lib/classes/lookup';
import { dashboard } from '@/lib/classes/service';

export const dynamic = 'force-dynamic';

// GET /api/classes/{key}/csv?locale=ko: one row per student per assignment, headlines and
// terms in the interface language (English by default).
export async function GET(request: Request, { params }: RouteContext<'/api/classes/[key]/csv'>) {
  return handle(async () => {
    const cls = await classOfKey(request, (await params).key);
    const asked = new URL(request.url).searchParams.get('locale');
    const locale = isLocale(asked) ? asked : 'en';
    const day = new Date().toISOString().slice(0, 10);
    return new Response(dashboardCsv(await dashboard(cls), locale), {
      headers: {
        ...PRIVATE_HEADERS,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="class-${cls.code}-${day}.csv"`,
      },
    });
  });
}
