import ContinueReading from '@/app/_components/layout/ContinueReading';
import type { IslandsOf } from '../pages';
import { HEADER_ISLANDS } from './header';

export default { ...HEADER_ISLANDS, ContinueReading } satisfies IslandsOf<'library'>;
