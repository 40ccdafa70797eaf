import AssignmentBanner from '@/app/_components/assign/AssignmentBanner';
import AssignmentCheck from '@/app/_components/assign/AssignmentCheck';
import CardHost from '@/app/_components/reader/CardHost';
import ClassJoin from '@/app/_components/classes/ClassJoin';
import CopyAlignment from '@/app/_components/align/CopyAlignment';
import LanguageBar from '@/app/_components/reader/LanguageBar';
import ParagraphControls from '@/app/_components/reader/ParagraphControls';
import ParagraphListen from '@/app/_components/reader/ParagraphListen';
import PhraseHighlight from '@/app/_components/align/PhraseHighlight';
import ReaderKeys from '@/app/_components/reader/ReaderKeys';
import SaveWords from '@/app/_components/words/SaveWords';
import type { IslandsOf } from '../pages';
import { HEADER_ISLANDS } from './header';

export default {
  ...HEADER_ISLANDS,
  AssignmentBanner,
  AssignmentCheck,
  CardHost,
  ClassJoin,
  CopyAlignment,
  LanguageBar,
  ParagraphControls,
  ParagraphListen,
  PhraseHighlight,
  ReaderKeys,
  SaveWords,
} satisfies IslandsOf<'reader'>;
