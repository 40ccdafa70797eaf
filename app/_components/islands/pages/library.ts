import ContinueReading from '@/app/_components/layout/ContinueReading';
import layout from './layout';

export default { ...layout, ContinueReading };
