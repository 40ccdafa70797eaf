import AssignmentBanner from '@/app/_components/assign/AssignmentBanner';
import AssignmentCheck from '@/app/_components/assign/AssignmentCheck';
import DisplaySettings from '@/app/_components/layout/DisplaySettings';
import LocaleSwitcherLinks from '@/app/_components/layout/LocaleSwitcherLinks';
import CardHost from '@/app/_components/reader/CardHost';
import LanguageBar from '@/app/_components/reader/LanguageBar';
import ParagraphControls from '@/app/_components/reader/ParagraphControls';
import ParagraphListen from '@/app/_components/reader/ParagraphListen';
import ReaderKeys from '@/app/_components/reader/ReaderKeys';
import SaveWords from '@/app/_components/words/SaveWords';

/**
 * The client components of the reader page, by name. The server renders each inside an
 * <Island> (Island.tsx); in the browser, hydrate.ts brings them to life with Preact from that
 * name and the props written beside it, so the reader needs no framework runtime.
 */
export const ISLANDS = {
  AssignmentBanner,
  AssignmentCheck,
  CardHost,
  DisplaySettings,
  LanguageBar,
  LocaleSwitcherLinks,
  ParagraphControls,
  ParagraphListen,
  ReaderKeys,
  SaveWords,
};

export type IslandName = keyof typeof ISLANDS;
