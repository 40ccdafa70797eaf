'use client';

import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { z } from 'zod/mini';
import type { Messages } from '@/global';
import { assignmentQuery, formatRanges, LIMITS } from '@/lib/assign/params';
import { HTML_LANG, LANGS, type Lang } from '@/lib/content/langs';
import { fill } from '@/lib/i18n/fill';

export type BuilderArticle = {
  slug: string;
  headline: string;
  /** The start of each paragraph's English, to recognise it by. */
  paragraphs: string[];
  terms: { id: string; en: string; ko: string; zh: string }[];
};

type Props = { articles: BuilderArticle[]; locale: Lang; names: Record<Lang, string>; labels: Messages['Teach'] };

const Draft = z.object({
  v: z.literal(1),
  slug: z.string(),
  paras: z.array(z.number()),
  show: z.array(z.enum(LANGS)),
  reveal: z.boolean(),
  focus: z.array(z.string()),
  title: z.string().check(z.maxLength(LIMITS.title)),
  note: z.string().check(z.maxLength(LIMITS.note)),
  due: z.string(),
  locale: z.enum(LANGS),
});
type Draft = z.infer<typeof Draft>;
const DRAFT_KEY = 'teach.draft';
// location.origin never changes while the page lives: nothing to subscribe to.
const noSubscription = () => () => {};

const fresh = (article: BuilderArticle, locale: Lang): Draft => ({
  v: 1,
  slug: article.slug,
  paras: article.paragraphs.map((_, i) => i + 1),
  show: ['en'],
  reveal: true,
  focus: [],
  title: '',
  note: '',
  due: '',
  locale,
});

/** The teacher's form: every change updates the link, its QR code and the worksheet link. */
export default function AssignmentBuilder({ articles, locale, names, labels }: Props) {
  const first = articles[0]!;
  const [draft, setDraft] = useState<Draft>(() => fresh(first, locale));
  const [restored, setRestored] = useState(false);
  const origin = useSyncExternalStore(
    noSubscription,
    () => location.origin,
    () => '',
  );
  const [filter, setFilter] = useState('');
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [qr, setQr] = useState('');
  const id = useId();

  // A draft survives a reload: restore it once, then save every change.
  useEffect(() => {
    try {
      const saved = Draft.safeParse(JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null'));
      const article = saved.success && articles.find((a) => a.slug === saved.data.slug);
      if (saved.success && article) {
        const terms = new Set(article.terms.map((t) => t.id));
        // The server cannot know the saved draft: it is restored once, after hydration.
        // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
        setDraft({
          ...saved.data,
          paras: saved.data.paras.filter((n) => n >= 1 && n <= article.paragraphs.length),
          focus: saved.data.focus.filter((f) => terms.has(f)),
        });
        setRestored(true);
      }
    } catch {
      // Unreadable or blocked storage: start from a fresh form.
    }
  }, [articles]);

  const article = articles.find((a) => a.slug === draft.slug) ?? first;
  const update = (change: Partial<Draft>) => {
    const next = { ...draft, ...change };
    setDraft(next);
    setCopy('idle');
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify(next));
    } catch {
      // The draft lasts as long as the page.
    }
  };

  const allParas = draft.paras.length === article.paragraphs.length;
  const errors = [
    ...(draft.paras.length === 0 ? [labels.noParagraphs] : []),
    ...(draft.show.length === 0 ? [labels.noLanguages] : []),
  ];
  const query = assignmentQuery({
    show: draft.show,
    reveal: draft.reveal,
    ...(allParas ? {} : { paras: draft.paras }),
    focus: draft.focus,
    ...(draft.title.trim() ? { title: draft.title.trim() } : {}),
    ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
    ...(draft.due ? { due: draft.due } : {}),
  });
  const path = `/${draft.locale}/articles/${article.slug}`;
  const link = `${origin}${path}${query ? `?${query}` : ''}`;
  const worksheet = `${path}/worksheet${query ? `?${query}` : ''}`;
  const valid = errors.length === 0;

  useEffect(() => {
    if (!origin || !valid) return;
    let live = true;
    import('qrcode')
      .then((QR) => QR.toString(link, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }))
      .then((svg) => live && setQr(svg))
      .catch(() => live && setQr(''));
    return () => {
      live = false;
    };
  }, [link, origin, valid]);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  const needle = filter.trim().toLowerCase();
  const shownTerms = article.terms.filter(
    (t) => !needle || draft.focus.includes(t.id) || [t.en, t.ko, t.zh].some((s) => s.toLowerCase().includes(needle)),
  );
  const full = draft.focus.length >= LIMITS.focus;

  return (
    <div className="builder">
      <form className="builder-form" onSubmit={(e) => e.preventDefault()} noValidate>
        {restored && (
          <p className="builder-restored" role="status">
            {labels.draftRestored}{' '}
            <button
              type="button"
              className="pill"
              onClick={() => {
                update(fresh(first, locale));
                setRestored(false);
              }}
            >
              {labels.reset}
            </button>
          </p>
        )}
        <div className="field">
          <label htmlFor={`${id}-article`}>{labels.article}</label>
          <select
            id={`${id}-article`}
            value={article.slug}
            onChange={(e) => {
              const next = articles.find((a) => a.slug === e.target.value);
              if (next)
                update({
                  ...fresh(next, draft.locale),
                  show: draft.show,
                  reveal: draft.reveal,
                  title: draft.title,
                  note: draft.note,
                  due: draft.due,
                });
            }}
          >
            {articles.map((a) => (
              <option key={a.slug} value={a.slug}>
                {a.headline}
              </option>
            ))}
          </select>
        </div>

        <fieldset className="field" aria-describedby={`${id}-paras-hint`}>
          <legend>{labels.paragraphs}</legend>
          <p id={`${id}-paras-hint`} className="hint">
            {labels.paragraphsHint}
          </p>
          <div className="builder-actions">
            <button
              type="button"
              className="pill"
              onClick={() => update({ paras: article.paragraphs.map((_, i) => i + 1) })}
            >
              {labels.all}
            </button>
            <button type="button" className="pill" onClick={() => update({ paras: [] })}>
              {labels.none}
            </button>
            <output className="hint">{draft.paras.length > 0 ? formatRanges(draft.paras) : ''}</output>
          </div>
          <ul className="para-picks">
            {article.paragraphs.map((text, i) => {
              const n = i + 1;
              return (
                <li key={n}>
                  <label className="check-row">
                    <input
                      type="checkbox"
                      checked={draft.paras.includes(n)}
                      onChange={(e) =>
                        update({
                          paras: e.target.checked
                            ? [...draft.paras, n].sort((a, b) => a - b)
                            : draft.paras.filter((p) => p !== n),
                        })
                      }
                    />
                    <span className="para-n">{fill(labels.paragraphN, { n })}</span> <span lang="en">{text}</span>
                  </label>
                </li>
              );
            })}
          </ul>
          {draft.paras.length === 0 && (
            <p className="form-error" role="alert">
              {labels.noParagraphs}
            </p>
          )}
        </fieldset>

        <fieldset className="field">
          <legend>{labels.languages}</legend>
          <div className="builder-actions">
            {LANGS.map((lang) => (
              <label key={lang} className="check-row">
                <input
                  type="checkbox"
                  checked={draft.show.includes(lang)}
                  onChange={(e) =>
                    update({ show: LANGS.filter((l) => (l === lang ? e.target.checked : draft.show.includes(l))) })
                  }
                />
                {names[lang]}
              </label>
            ))}
          </div>
          <label className="check-row">
            <input type="checkbox" checked={draft.reveal} onChange={(e) => update({ reveal: e.target.checked })} />
            {labels.reveal}
          </label>
          {draft.show.length === 0 && (
            <p className="form-error" role="alert">
              {labels.noLanguages}
            </p>
          )}
        </fieldset>

        <fieldset className="field" aria-describedby={`${id}-focus-hint`}>
          <legend>{labels.focus}</legend>
          <p id={`${id}-focus-hint`} className="hint">
            {fill(labels.focusHint, { max: LIMITS.focus })}{' '}
            <output>{fill(labels.focusCount, { count: draft.focus.length })}</output>
          </p>
          <label htmlFor={`${id}-filter`} className="sub-label">
            {labels.focusFilter}
          </label>
          <input id={`${id}-filter`} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
          {full && (
            <p className="hint" role="status">
              {fill(labels.focusMax, { max: LIMITS.focus })}
            </p>
          )}
          <ul className="term-picks">
            {shownTerms.map((t) => {
              const on = draft.focus.includes(t.id);
              return (
                <li key={t.id}>
                  <label className="check-row">
                    <input
                      type="checkbox"
                      checked={on}
                      disabled={!on && full}
                      onChange={(e) =>
                        update({
                          focus: e.target.checked ? [...draft.focus, t.id] : draft.focus.filter((f) => f !== t.id),
                        })
                      }
                    />
                    <span lang="en">{t.en}</span> · <span lang="ko">{t.ko}</span> · <span lang="zh-Hans">{t.zh}</span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>

        <div className="field">
          <label htmlFor={`${id}-title`}>{labels.assignmentTitle}</label>
          <input
            id={`${id}-title`}
            type="text"
            value={draft.title}
            maxLength={LIMITS.title}
            onChange={(e) => update({ title: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>{labels.instructions}</label>
          <textarea
            id={`${id}-note`}
            rows={4}
            value={draft.note}
            maxLength={LIMITS.note}
            aria-describedby={`${id}-note-hint`}
            onChange={(e) => update({ note: e.target.value })}
          />
          <p id={`${id}-note-hint`} className="hint">
            {fill(labels.instructionsHint, { max: LIMITS.note })}{' '}
            {fill(labels.chars, { count: draft.note.length, max: LIMITS.note })}
          </p>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-due`}>{labels.due}</label>
            <input id={`${id}-due`} type="date" value={draft.due} onChange={(e) => update({ due: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-locale`}>{labels.studentLocale}</label>
            <select
              id={`${id}-locale`}
              value={draft.locale}
              onChange={(e) => update({ locale: e.target.value as Lang })}
            >
              {LANGS.map((l) => (
                <option key={l} value={l} lang={HTML_LANG[l]}>
                  {names[l]}
                </option>
              ))}
            </select>
          </div>
        </div>
      </form>

      <section className="builder-result" aria-labelledby={`${id}-result`}>
        <h2 id={`${id}-result`}>{labels.result}</h2>
        {valid ? (
          <>
            <label htmlFor={`${id}-link`}>{labels.link}</label>
            <input
              id={`${id}-link`}
              className="link-field"
              type="text"
              readOnly
              value={link}
              onFocus={(e) => e.target.select()}
            />
            <div className="builder-actions">
              <button type="button" className="pill primary" onClick={copyLink}>
                {labels.copy}
              </button>
              <a className="pill" href={`${path}${query ? `?${query}` : ''}`}>
                {labels.open}
              </a>
              <a className="pill" href={worksheet}>
                {labels.worksheet}
              </a>
            </div>
            <p role="status" className="copy-status">
              {copy === 'copied' ? labels.copied : copy === 'failed' ? labels.copyFailed : ''}
            </p>
            <div className="qr" role="img" aria-label={labels.qr} dangerouslySetInnerHTML={{ __html: qr }} />
          </>
        ) : (
          <ul className="form-error" role="alert">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
