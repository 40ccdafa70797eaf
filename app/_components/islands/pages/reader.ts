import AssignmentBanner from '@/app/_components/assign/AssignmentBanner';
import AssignmentCheck from '@/app/_components/assign/AssignmentCheck';
import CardHost from '@/app/_components/reader/CardHost';
import LanguageBar from '@/app/_components/reader/LanguageBar';
import ParagraphControls from '@/app/_components/reader/ParagraphControls';
import ParagraphListen from '@/app/_components/reader/ParagraphListen';
import ReaderKeys from '@/app/_components/reader/ReaderKeys';
import SaveWords from '@/app/_components/words/SaveWords';
import layout from './layout';

export default { ...layout, AssignmentBanner, AssignmentCheck, CardHost, LanguageBar, ParagraphControls, ParagraphListen, ReaderKeys, SaveWords };
