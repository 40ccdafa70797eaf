import { getLocale, getTranslations } from 'next-intl/server';
import { HTML_LANG, type Lang } from '@/lib/content/schema';
import type { NameCard } from '@/lib/names/card';

type Props = { name: NameCard; headingId: string; as?: 'h2' | 'h3' };

/** What a name card says; shown in the popover and in the "People and places" list. */
export default async function NameCardBody({ name, headingId, as: Heading = 'h3' }: Props) {
  const t = await getTranslations('Names');
  const locale = (await getLocale()) as Lang;
  const title = { en: name.en, ko: name.hangul, zh: name.zh.hans }[locale];
  return (
    <>
      <Heading id={headingId} className="card-title" lang={HTML_LANG[locale]}>
        {title}
      </Heading>
      <p className="card-role">
        <span className="card-kind">{t(name.kind)}</span> {name.role[locale]}
      </p>
      <dl className="card-forms">
        <dt>{t('korean')}</dt>
        <dd lang="ko">{name.hangul}</dd>
        <dt>{t('rr')}</dt>
        <dd lang="ko-Latn">{name.rr}</dd>
        {name.hanja && (
          <>
            <dt>{t('hanja')}</dt>
            <dd lang="ko">{name.hanja}</dd>
          </>
        )}
        <dt>{t('chinese')}</dt>
        <dd>
          <span lang="zh-Hans">{name.zh.hans}</span>
          {name.zh.hant !== name.zh.hans && (
            <>
              {' '}
              <span className="card-note">
                ({t('traditional')} <span lang="zh-Hant">{name.zh.hant}</span>)
              </span>
            </>
          )}
        </dd>
        <dt>{t('pinyin')}</dt>
        <dd lang="zh-Latn-pinyin">{name.pinyin}</dd>
        <dt>{name.origin === 'ko' && name.kind === 'person' ? t('customary') : t('english')}</dt>
        <dd lang="en">{name.en}</dd>
      </dl>
    </>
  );
}
