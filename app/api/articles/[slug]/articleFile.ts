import { getReaderArticle, type ReaderArticle } from '@/lib/content/load';

type Context = { params: Promise<{ slug: string }> };

/** The GET of a JSON file written per published article at build time: what `make` makes of
 *  the article, a 404 for an unknown slug. */
export function articleFile(make: (article: ReaderArticle) => unknown) {
  return async function GET(_request: Request, { params }: Context): Promise<Response> {
    const article = getReaderArticle((await params).slug);
    if (!article) return Response.json({ error: 'not found' }, { status: 404 });
    return Response.json(make(article));
  };
}
