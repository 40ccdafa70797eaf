import { quizTerms } from '@/lib/assign/quizTerms';
import { publishedSlugs } from '@/lib/content/load';
import { articleFile } from '../articleFile';

// A static file written at build time: the terms of an article as the vocabulary check needs
// them. The reader fetches it only for an assignment with focus terms, so a plain reading
// page does not carry it.
export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = publishedSlugs;

export const GET = articleFile(quizTerms);
