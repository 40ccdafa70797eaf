import MyWords from '@/app/_components/words/MyWords';
import type { IslandsOf } from '../pages';
import { HEADER_ISLANDS } from './header';

export default { ...HEADER_ISLANDS, MyWords } satisfies IslandsOf<'words'>;
