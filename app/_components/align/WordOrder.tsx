import { getLocale, getTranslations } from 'next-intl/server';
import type { Alignment } from '@/lib/content/align';
import { HTML_LANG, type Lang } from '@/lib/content/langs';
import { alignmentText, wordOrder } from '@/lib/reader/align';
import Island from '@/app/_components/islands/Island';

type Props = { align: Alignment; names: Record<Lang, string> };

/** One paragraph's word-order view (static HTML, lib/reader/align.ts) and its copy button. */
export default async function WordOrder({ align, names }: Props) {
  const t = await getTranslations('Align');
  const locale = await getLocale();
  const view = wordOrder(align, { names, unaligned: t('unaligned'), lang: HTML_LANG[locale] });
  return (
    <>
      <div className="wo-view" dangerouslySetInnerHTML={{ __html: view.value }} />
      <Island
        name="CopyAlignment"
        props={{ text: alignmentText(align, names), label: t('copy'), copied: t('copied'), failed: t('copyFailed') }}
      />
    </>
  );
}
