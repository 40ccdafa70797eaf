import { getLocale, getTranslations } from 'next-intl/server';
import Island from '@/app/_components/islands/Island';

// Each interface language is named in itself, so a reader can find their own.
const NATIVE_NAMES = { en: 'English', ko: '한국어', zh: '中文' } as const;

export default async function LocaleSwitcher() {
  const t = await getTranslations('LocaleSwitcher');
  const current = await getLocale();
  return <Island name="LocaleSwitcherLinks" props={{ label: t('label'), names: NATIVE_NAMES, current }} />;
}
