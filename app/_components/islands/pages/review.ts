import Review from '@/app/_components/review/Review';
import type { IslandsOf } from '../pages';
import { HEADER_ISLANDS } from './header';

export default { ...HEADER_ISLANDS, Review } satisfies IslandsOf<'review'>;
