import { useTranslations } from 'next-intl';
import LocaleSwitcherLinks from './LocaleSwitcherLinks';

// Each interface language is named in itself, so a reader can find their own.
const NATIVE_NAMES = { en: 'English', ko: '한국어', zh: '中文' } as const;

export default function LocaleSwitcher() {
  const t = useTranslations('LocaleSwitcher');
  return <LocaleSwitcherLinks label={t('label')} names={NATIVE_NAMES} />;
}
