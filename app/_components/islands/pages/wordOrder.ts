import CopyAlignment from '@/app/_components/align/CopyAlignment';
import PhraseHighlight from '@/app/_components/align/PhraseHighlight';
import type { IslandsOf } from '../pages';
import { HEADER_ISLANDS } from './header';

export default { ...HEADER_ISLANDS, CopyAlignment, PhraseHighlight } satisfies IslandsOf<'wordOrder'>;
