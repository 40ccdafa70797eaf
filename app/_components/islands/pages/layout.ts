import DisplaySettings from '@/app/_components/layout/DisplaySettings';
import LocaleSwitcherLinks from '@/app/_components/layout/LocaleSwitcherLinks';

// The islands of the layout, on every page.
export default { DisplaySettings, LocaleSwitcherLinks };
