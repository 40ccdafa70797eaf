import GlossarySearch from '@/app/_components/terms/GlossarySearch';
import layout from './layout';

export default { ...layout, GlossarySearch };
