'use client';

import { useEffect, useMemo, useState, useSyncExternalStore, type FormEvent } from 'react';
import { buildQuestions, type Question, type QuizTerm } from '@/lib/assign/exercises';
import type { Messages } from '@/global';
import { fill } from '@/lib/i18n/fill';
import FormAlert from '@/app/_components/ui/FormAlert';
import { copyStatus, useClipboard } from '@/app/_components/ui/useClipboard';
import { HTML_LANG, type Lang } from '@/lib/content/langs';
import {
  assignedParas,
  getServerSnapshot,
  getSnapshot,
  setAnswer,
  setResult,
  subscribe,
  type AssignState,
} from './assignStore';

type Props = { slug: string; headline: string; locale: Lang; paragraphs: number; labels: Messages['Assign'] };

type Load = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; terms: QuizTerm[] };

/** The end of an assignment: the vocabulary check on the focus terms and the student's result. */
export default function AssignmentCheck({ slug, headline, locale, paragraphs, labels }: Props) {
  const state = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  if (!state) return null;
  return (
    <section className="assign-end" aria-labelledby="assign-end-title">
      {state.assignment.focus.length > 0 && <Check state={state} slug={slug} locale={locale} labels={labels} />}
      <ResultCopy state={state} headline={headline} locale={locale} paragraphs={paragraphs} labels={labels} />
    </section>
  );
}

function Check({
  state,
  slug,
  locale,
  labels,
}: {
  state: AssignState;
  slug: string;
  locale: Lang;
  labels: Messages['Assign'];
}) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [missing, setMissing] = useState(0);
  useEffect(() => {
    let live = true;
    fetch(`/api/articles/${encodeURIComponent(slug)}/terms`)
      .then((r) => (r.ok ? (r.json() as Promise<QuizTerm[]>) : Promise.reject(new Error(`${r.status}`))))
      .then((terms) => live && setLoad({ status: 'ready', terms }))
      .catch(() => live && setLoad({ status: 'failed' }));
    return () => {
      live = false;
    };
  }, [slug]);

  const { assignment, answers, result, key } = state;
  const questions = useMemo(() => {
    if (load.status !== 'ready') return [];
    const byId = new Map(load.terms.map((t) => [t.id, t]));
    const focus = assignment.focus.flatMap((id) => byId.get(id) ?? []);
    return buildQuestions(focus, load.terms, key, assignment.paras);
  }, [load, assignment, key]);

  if (load.status !== 'ready') {
    return (
      <div className="check">
        <h2 id="assign-end-title">{labels.check}</h2>
        <p role={load.status === 'failed' ? 'alert' : 'status'}>
          {load.status === 'failed' ? labels.loadFailed : labels.loading}
        </p>
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const left = questions.filter((q) => answers[q.id] === undefined).length;
    setMissing(left);
    if (left > 0) return;
    const graded = questions.map((q) => ({ term: q.term.id, correct: answers[q.id] === q.answer }));
    const score = graded.filter((g) => g.correct).length;
    setResult({ score, total: questions.length, at: new Date().toISOString(), graded });
  };

  return (
    <form className="check" onSubmit={submit} aria-labelledby="assign-end-title" noValidate>
      <h2 id="assign-end-title">{labels.check}</h2>
      <p>{labels.checkIntro}</p>
      <ol className="questions">
        {questions.map((q) => (
          <li key={q.id}>
            <QuestionField q={q} chosen={answers[q.id]} graded={result !== null} locale={locale} labels={labels} />
          </li>
        ))}
      </ol>
      {result ? (
        <div className="check-result">
          <p role="status" className="score">
            {fill(labels.score, { score: result.score, total: result.total })}
          </p>
          <button type="button" className="pill" onClick={() => setResult(null)}>
            {labels.retry}
          </button>
        </div>
      ) : (
        <div className="check-result">
          <button type="submit" className="pill primary">
            {labels.submit}
          </button>
          <FormAlert>{missing > 0 && fill(labels.unanswered, { count: missing })}</FormAlert>
        </div>
      )}
    </form>
  );
}

function QuestionField({
  q,
  chosen,
  graded,
  locale,
  labels,
}: {
  q: Question;
  chosen?: number;
  graded: boolean;
  locale: Lang;
  labels: Messages['Assign'];
}) {
  const name = `q-${q.id}`;
  const optionLang = q.kind === 'enKo' ? 'ko' : 'en';
  const right = chosen === q.answer;
  return (
    <fieldset className="question" data-graded={graded ? (right ? 'right' : 'wrong') : undefined}>
      <legend>
        {q.kind === 'enKo' && <Quoted template={labels.qEnKo} term={q.term.en} lang="en" />}
        {q.kind === 'koEn' && <Quoted template={labels.qKoEn} term={q.term.ko} lang="ko" />}
        {q.kind === 'blank' && q.sentence && fill(labels.qBlank, { n: q.sentence.paragraph })}
      </legend>
      {q.kind === 'blank' && q.sentence && (
        <p className="blank-sentence" lang="en">
          {q.sentence.before}
          <span className="blank" role="img" aria-label={labels.blank}>
            ______
          </span>
          {q.sentence.after}
        </p>
      )}
      <div className="options">
        {q.options.map((option, i) => (
          <label key={option} className="option">
            <input
              type="radio"
              name={name}
              value={i}
              checked={chosen === i}
              disabled={graded}
              onChange={() => setAnswer(q.id, i)}
            />{' '}
            <span lang={optionLang}>{option}</span>
          </label>
        ))}
      </div>
      {graded && (
        <div className="feedback">
          <p className={right ? 'right' : 'wrong'}>
            {right ? labels.right : fill(labels.wrong, { answer: q.options[q.answer] ?? '' })}
          </p>
          <p className="explain">
            <b lang="en">{q.term.en}</b> · <b lang="ko">{q.term.ko}</b>
            {q.term.hanja && <span lang="ko">{` (${q.term.hanja})`}</span>} · <b lang="zh-Hans">{q.term.zh}</b>:{' '}
            <span lang={HTML_LANG[locale]}>{q.term.def[locale]}</span>
          </p>
        </div>
      )}
    </fieldset>
  );
}

/** A question whose quoted term is in another language than the interface. */
function Quoted({ template, term, lang }: { template: string; term: string; lang: string }) {
  const [before, after] = template.split('{term}');
  return (
    <>
      {before}
      <span lang={lang}>{term}</span>
      {after}
    </>
  );
}

function ResultCopy({
  state,
  headline,
  locale,
  paragraphs,
  labels,
}: {
  state: AssignState;
  headline: string;
  locale: string;
  paragraphs: number;
  labels: Messages['Assign'];
}) {
  const clipboard = useClipboard();
  const assigned = assignedParas(state, paragraphs);
  const { result } = state;
  const text = fill(labels.resultText, {
    title: state.assignment.title ?? labels.untitled,
    article: headline,
    read: assigned.filter((n) => state.read.includes(n)).length,
    total: assigned.length,
    score: result ? fill(labels.score, { score: result.score, total: result.total }) : labels.notTaken,
    date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
      result ? new Date(result.at) : new Date(),
    ),
  });
  const copy = clipboard.stateOf(text);
  const noCheck = state.assignment.focus.length === 0;
  return (
    <div className="result-copy">
      {noCheck ? <h2 id="assign-end-title">{labels.result}</h2> : <h3>{labels.result}</h3>}
      <button type="button" className="pill" onClick={() => clipboard.copy(text)}>
        {labels.copy}
      </button>
      <p role="status" className="copy-status">
        {copyStatus(copy, labels)}
      </p>
      {copy === 'failed' && <textarea readOnly value={text} rows={5} aria-label={labels.result} />}
    </div>
  );
}
