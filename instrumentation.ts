// Next runs register() once when the server starts: open the database and run its
// migrations then, so that the first student does not wait for them. If the database cannot
// be reached now, the first request tries again (lib/db/index.ts) and answers 503 meanwhile.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getDb } = await import('@/lib/db');
  await getDb().catch((error: { code?: unknown; name?: unknown }) => {
    console.error(`classes: database not ready at start-up (${String(error.code ?? error.name ?? 'error')})`);
  });
}
