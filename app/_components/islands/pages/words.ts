import MyWords from '@/app/_components/words/MyWords';
import layout from './layout';

export default { ...layout, MyWords };
