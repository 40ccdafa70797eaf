import GlossarySearch from '@/app/_components/terms/GlossarySearch';
import type { IslandsOf } from '../pages';
import { HEADER_ISLANDS } from './header';

export default { ...HEADER_ISLANDS, GlossarySearch } satisfies IslandsOf<'glossary'>;
