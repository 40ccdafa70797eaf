import Worksheet from '@/app/_components/assign/worksheet/Worksheet';
import type { IslandsOf } from '../pages';
import { HEADER_ISLANDS } from './header';

export default { ...HEADER_ISLANDS, Worksheet } satisfies IslandsOf<'worksheet'>;
