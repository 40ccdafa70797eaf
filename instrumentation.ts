// Next runs register() once when the server starts, before it answers: open the database and
// run its migrations, and read the articles a submission is checked against (term matching
// and pinyin take seconds), so that the first students do not wait for either. If the database
// cannot be reached now, the first request tries again (lib/db/index.ts) and answers 503
// meanwhile; the articles are then read on first use (lib/classes/articles.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getDb } = await import('@/lib/db');
  const ready = await getDb().then(
    () => true,
    (error: { code?: unknown; name?: unknown }) => {
      console.error(`classes: database not ready at start-up (${String(error.code ?? error.name ?? 'error')})`);
      return false;
    },
  );
  // Without a database no submission can be taken: the server starts at once, and the articles
  // are read when the first one arrives.
  if (!ready) return;
  try {
    const { warmClassArticles } = await import('@/lib/classes/articles');
    warmClassArticles();
  } catch (error) {
    console.error(`classes: articles not read at start-up (${(error as Error).name})`);
  }
}
