import { quizTerms } from '@/lib/assign/quizTerms';
import { getReaderArticle, publishedSlugs } from '@/lib/content/load';

// A static file written at build time: the terms of an article as the vocabulary check needs
// them. The reader fetches it only for an assignment with focus terms, so a plain reading
// page does not carry it.
export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = publishedSlugs;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const article = getReaderArticle(slug);
  if (!article) return Response.json({ error: 'not found' }, { status: 404 });
  return Response.json(quizTerms(article));
}
