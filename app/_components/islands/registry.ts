import AssignmentBanner from '@/app/_components/assign/AssignmentBanner';
import AssignmentCheck from '@/app/_components/assign/AssignmentCheck';
import ClassJoin from '@/app/_components/classes/ClassJoin';
import CopyAlignment from '@/app/_components/align/CopyAlignment';
import PhraseHighlight from '@/app/_components/align/PhraseHighlight';
import ContinueReading from '@/app/_components/layout/ContinueReading';
import DisplaySettings from '@/app/_components/layout/DisplaySettings';
import LocaleSwitcherLinks from '@/app/_components/layout/LocaleSwitcherLinks';
import CardHost from '@/app/_components/reader/CardHost';
import LanguageBar from '@/app/_components/reader/LanguageBar';
import ParagraphControls from '@/app/_components/reader/ParagraphControls';
import ParagraphListen from '@/app/_components/reader/ParagraphListen';
import ReaderKeys from '@/app/_components/reader/ReaderKeys';
import ReviewLink from '@/app/_components/review/ReviewLink';
import GlossarySearch from '@/app/_components/terms/GlossarySearch';
import MyWords from '@/app/_components/words/MyWords';
import SaveWords from '@/app/_components/words/SaveWords';

/**
 * The client components of the pages served without the framework's runtime (the reader,
 * the library, the glossary page, My words), by name. The server renders each inside an
 * <Island> (Island.tsx); in the browser, hydrate.ts brings them to life with Preact from that
 * name and the props written beside it. One module holds them all, so a learner's browser
 * fetches it once for every page. The islands of one page each (the builder, "Create a class", the
 * worksheet, the review) are in pageIslands.ts, in a second module only those pages load.
 */
export const ISLANDS = {
  AssignmentBanner,
  AssignmentCheck,
  CardHost,
  ClassJoin,
  ContinueReading,
  CopyAlignment,
  DisplaySettings,
  GlossarySearch,
  LanguageBar,
  LocaleSwitcherLinks,
  MyWords,
  ParagraphControls,
  ParagraphListen,
  PhraseHighlight,
  ReaderKeys,
  ReviewLink,
  SaveWords,
};
