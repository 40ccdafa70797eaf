'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Messages } from '@/global';
import type { Lang } from '@/lib/content/langs';
import ArticleSection from './ArticleSection';
import ClassSection from './ClassSection';
import DetailsSection from './DetailsSection';
import { assignmentLink, DRAFT_KEY, fresh, problems, type BuilderArticle, type Draft } from './draft';
import FocusTermsSection from './FocusTermsSection';
import LanguagesSection from './LanguagesSection';
import ParagraphsSection from './ParagraphsSection';
import ResultSection from './ResultSection';

export type { BuilderArticle } from './draft';

type Props = {
  articles: BuilderArticle[];
  locale: Lang;
  names: Record<Lang, string>;
  labels: Messages['Teach'];
  classLabels: Messages['ClassCreate'];
};

// location.origin never changes while the page lives: nothing to subscribe to.
const noSubscription = () => () => {};

/**
 * The teacher's form (an island of /teach): it keeps the draft, and each section of the form
 * edits its part of it; every change updates the link, its QR code and the worksheet link.
 */
export default function AssignmentBuilder({ articles, locale, names, labels, classLabels }: Props) {
  const first = articles[0]!;
  const [draft, setDraft] = useState<Draft>(() => fresh(first, locale));
  const [restored, setRestored] = useState(false);
  const origin = useSyncExternalStore(
    noSubscription,
    () => location.origin,
    () => '',
  );

  // A draft survives a reload: restore it once (the server cannot know it), then save every
  // change. The draft's schema, and zod, load only when there is one to read.
  useEffect(() => {
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(DRAFT_KEY);
    } catch {
      // Blocked storage: start from a fresh form.
    }
    if (!raw) return;
    let live = true;
    void import('./savedDraft').then(({ readDraft }) => {
      const saved = live && readDraft(raw, articles);
      if (!saved) return;
      setDraft(saved);
      setRestored(true);
    });
    return () => {
      live = false;
    };
  }, [articles]);

  const article = articles.find((a) => a.slug === draft.slug) ?? first;
  const update = (change: Partial<Draft>) => {
    const next = { ...draft, ...change };
    setDraft(next);
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify(next));
    } catch {
      // The draft lasts as long as the page.
    }
  };
  const section = { draft, update, labels };
  const { reader, worksheet } = assignmentLink(draft, article);

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
        <ArticleSection {...section} articles={articles} />
        <ParagraphsSection {...section} article={article} />
        <LanguagesSection {...section} names={names} />
        <FocusTermsSection key={article.slug} {...section} article={article} />
        <DetailsSection {...section} names={names} />
        <ClassSection {...section} classLabels={classLabels} />
      </form>
      <ResultSection
        link={origin && `${origin}${reader}`}
        reader={reader}
        worksheet={worksheet}
        problems={problems(draft, labels)}
        labels={labels}
      />
    </div>
  );
}
