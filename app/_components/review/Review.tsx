'use client';

import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { Messages } from '@/global';
import { storedValueChanged, useStoredValue, writeStoredValue } from '@/app/_components/islands/storedValue';
import { HTML_LANG, type Lang } from '@/lib/content/langs';
import { fill } from '@/lib/i18n/fill';
import {
  blankSentence,
  cardsOf,
  directionLangs,
  DIRECTIONS,
  dueCards,
  mergeDecks,
  nextDue,
  parseDeckFile,
  parseReview,
  REVIEW_KEY,
  serializeReview,
  toDeckFile,
  type Direction,
  type ReviewCard,
  type ReviewState,
} from '@/lib/review/deck';
import { grade, GRADE_NAMES, GRADES, preview } from '@/lib/review/schedule';
import { parseWords, storeWords, WORDS_KEY, type SavedWord } from '@/lib/words/store';
import type { Grade } from 'ts-fsrs';
import { download } from '@/app/_components/words/download';

type Props = {
  labels: Messages['Review'];
  languages: Messages['Languages'];
  locale: Lang;
  /** Revised Romanization of every name's and term's Korean, by word key, computed when the site builds. */
  rr: Record<string, string>;
};

const IMPORT_PROBLEM = {
  tooLarge: 'importTooLarge',
  notDeck: 'importNotDeck',
  newer: 'importNewer',
  damaged: 'importDamaged',
} as const;

/** "in 10 min.", "10분 후", "10分钟后": how far `to` is from `now`, in the interface language. */
function relative(locale: Lang, to: Date, now: Date): string {
  const minutes = Math.max(1, Math.round((to.getTime() - now.getTime()) / 60_000));
  const format = new Intl.RelativeTimeFormat(HTML_LANG[locale], { style: 'short', numeric: 'always' });
  if (minutes < 60) return format.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return format.format(hours, 'hour');
  const days = Math.round(hours / 24);
  if (days < 31) return format.format(days, 'day');
  if (days < 365) return format.format(Math.round(days / 30.4), 'month');
  return format.format(Math.round(days / 365), 'year');
}

/** Keys typed into a field are the field's. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    /^(TEXTAREA|SELECT)$/.test(target.tagName) ||
    (target instanceof HTMLInputElement && !/^(checkbox|radio|button|file)$/.test(target.type)));

/** The word in one language, with what helps to say it: RR for Korean, pinyin for Chinese. */
function Word({ word, lang, rr, big }: { word: SavedWord; lang: Lang; rr?: string; big?: boolean }) {
  const Tag = big ? 'strong' : 'span';
  return (
    <>
      <Tag lang={HTML_LANG[lang]} className="review-word">
        {word[lang]}
      </Tag>
      {lang === 'ko' && rr && (
        <span lang="ko-Latn" className="card-note">
          {' '}
          {rr}
        </span>
      )}
      {lang === 'zh' && (
        <span lang="zh-Latn-pinyin" className="card-note">
          {' '}
          {word.pinyin}
        </span>
      )}
    </>
  );
}

/**
 * Review of My words: the cards due now, one at a time. Space (or the button) shows the
 * answer, 1–4 (or the buttons) grade it, and ts-fsrs schedules the card again. The
 * directions, the schedule and the deck file (export, import) are kept on this device.
 */
export default function Review({ labels, languages, locale, rr }: Props) {
  const wordsRaw = useStoredValue(WORDS_KEY);
  const reviewRaw = useStoredValue(REVIEW_KEY);
  const [revealed, setRevealed] = useState(false);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  // Re-read the clock when a card was graded, so that cards due a minute later come back.
  const [now, setNow] = useState(() => new Date());
  // What takes the focus after the next render: the next card after a grade, the answer after it is shown.
  const focusNext = useRef<'card' | 'answer' | null>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const cardRef = useRef<HTMLElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  const ready = wordsRaw !== undefined && reviewRaw !== undefined;
  const words = parseWords(wordsRaw ?? null);
  const review = parseReview(reviewRaw ?? null);
  const state = review.state;
  const all = cardsOf(words.words, state.directions);
  const due = dueCards(all, state, now);
  const current: ReviewCard | undefined = review.problem ? undefined : due[0];

  // The focus follows: to the answer once shown, to the next card after a grade (or to the message that none is left).
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'answer') answerRef.current?.focus();
    else if (target === 'card') (cardRef.current ?? doneRef.current)?.focus();
  });

  // When nothing is left, check each minute for the next card coming due. While a card is
  // shown the clock stands still, so a card coming due cannot take its place mid-answer; the
  // next grade reads the clock again.
  const idle = current === undefined;
  useEffect(() => {
    if (!idle) return;
    const id = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(id);
  }, [idle]);

  const save = (next: ReviewState) => {
    if (!writeStoredValue(REVIEW_KEY, serializeReview(next))) setNotice({ text: labels.storageFull, error: true });
  };

  const gradeCard = (rating: Grade) => {
    if (!current || !revealed) return;
    const at = new Date();
    save({ ...state, cards: { ...state.cards, [current.id]: grade(state.cards[current.id], rating, at) } });
    setRevealed(false);
    setNow(at);
    focusNext.current = 'card';
  };

  const reveal = () => {
    setRevealed(true);
    focusNext.current = 'answer';
  };

  // Each new card is announced politely, by its prompt.
  const announcement =
    !ready || review.problem
      ? ''
      : current
        ? fill(labels.nextCard, { prompt: current.word[current.from] })
        : labels.allNew;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || typing(e.target) || !current) return;
      // Space on a focused control (button, link, disclosure, checkbox) presses it, as everywhere else.
      const control = e.target instanceof Element && e.target.closest('button, a, summary, input, label');
      if (e.key === ' ' && !revealed && !control) {
        e.preventDefault();
        reveal();
      } else if (revealed && /^[1-4]$/.test(e.key)) {
        e.preventDefault();
        gradeCard(GRADES[Number(e.key) - 1]!);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const toggleDirection = (d: Direction, on: boolean) =>
    save({ ...state, directions: DIRECTIONS.filter((x) => (x === d ? on : state.directions.includes(x))) });

  const startOver = () => {
    try {
      localStorage.removeItem(REVIEW_KEY);
    } catch {
      // Blocked storage has nothing to clear.
    }
    storedValueChanged(REVIEW_KEY);
  };

  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed =
      file.size > 5_000_000 ? ({ ok: false, problem: 'tooLarge' } as const) : parseDeckFile(await file.text());
    if (!parsed.ok) return setNotice({ text: labels[IMPORT_PROBLEM[parsed.problem]], error: true });
    // Merge into what this device holds, read again now: never write over data it cannot read.
    const mineWords = parseWords(localStorage.getItem(WORDS_KEY));
    const mineReview = parseReview(localStorage.getItem(REVIEW_KEY));
    if (mineWords.problem || mineReview.problem) return setNotice({ text: labels.importBlocked, error: true });
    const merged = mergeDecks(
      { words: mineWords.words, state: mineReview.state },
      { words: parsed.words, state: parsed.state },
    );
    if (!storeWords(merged.words)) return setNotice({ text: labels.storageFull, error: true });
    storedValueChanged(WORDS_KEY);
    if (!writeStoredValue(REVIEW_KEY, serializeReview(merged.state))) {
      return setNotice({ text: labels.storageFull, error: true });
    }
    setNotice({ text: fill(labels.imported, { count: merged.added }), error: false });
  };

  const directionLabel = (d: Direction) => {
    const [from, to] = directionLangs(d);
    return fill(labels.direction, { from: languages[from], to: languages[to] });
  };

  const blanked = current ? blankSentence(current.word) : undefined;
  const next = current ? undefined : nextDue(all, state, now);
  const previews = current && revealed ? preview(state.cards[current.id], now) : undefined;
  const hanjaBridge = current && current.word.hanja && current.from !== 'en' && current.to !== 'en';

  return (
    <>
      <details className="review-tools">
        <summary>{labels.directions}</summary>
        <fieldset disabled={!ready || review.problem !== null}>
          <legend className="visually-hidden">{labels.directions}</legend>
          {DIRECTIONS.map((d) => (
            <label key={d} className="check-row">
              <input
                type="checkbox"
                checked={ready && state.directions.includes(d)}
                onChange={(e) => toggleDirection(d, e.currentTarget.checked)}
              />
              {directionLabel(d)}
            </label>
          ))}
        </fieldset>
      </details>
      <details className="review-tools">
        <summary>{labels.deck}</summary>
        <div className="review-deck">
          <button
            type="button"
            className="pill"
            disabled={!ready}
            onClick={() =>
              download(
                `my-words-${new Date().toISOString().slice(0, 10)}-deck.json`,
                'application/json',
                toDeckFile(words.words, state, new Date()),
              )
            }
          >
            {labels.download}
          </button>
          <label className="review-import">
            {labels.importLabel}
            <input type="file" accept=".json,application/json" disabled={!ready} onChange={importFile} />
          </label>
        </div>
      </details>
      {notice && (
        <p className={notice.error ? 'assign-notices' : 'review-done'} role={notice.error ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      {ready && review.problem && (
        <div className="assign-notices" role="alert">
          <p>{review.problem === 'newer' ? labels.newer : labels.unreadable}</p>
          {review.problem === 'unreadable' && (
            <button type="button" className="pill" onClick={startOver}>
              {labels.startOver}
            </button>
          )}
        </div>
      )}
      {ready && !review.problem && (
        <>
          {words.words.length === 0 ? (
            <p>{labels.empty}</p>
          ) : state.directions.length === 0 ? (
            <p>{labels.noDirections}</p>
          ) : (
            <p className="review-count">{fill(labels.dueNow, { count: due.length })}</p>
          )}
          {current ? (
            <section
              key={current.id}
              ref={cardRef}
              tabIndex={-1}
              className="review-card"
              aria-labelledby="review-prompt"
              aria-describedby="review-keys"
            >
              <p className="review-direction">{directionLabel(current.direction)}</p>
              <h2 id="review-prompt" className="review-prompt">
                <span lang={HTML_LANG[current.from]}>{current.word[current.from]}</span>
              </h2>
              {blanked && (
                <figure className="review-sentence">
                  <figcaption>{labels.inSentence}</figcaption>
                  <p lang={current.word.sentenceLang}>
                    {blanked.before}
                    {revealed ? (
                      <mark>{blanked.blank}</mark>
                    ) : (
                      <span className="review-blank">
                        <span className="visually-hidden">{labels.blank}</span>
                      </span>
                    )}
                    {blanked.after}
                  </p>
                </figure>
              )}
              {revealed ? (
                <>
                  <div ref={answerRef} tabIndex={-1} className="review-answer">
                    <p className="review-answer-label">{labels.answer}</p>
                    <p>
                      <Word word={current.word} lang={current.to} rr={rr[current.word.key]} big />
                    </p>
                    {hanjaBridge && (
                      <p>
                        <Word word={current.word} lang={current.from} rr={rr[current.word.key]} />{' '}
                        <span lang="ko">{current.word.hanja}</span>
                      </p>
                    )}
                  </div>
                  <div role="group" aria-label={labels.grades} className="review-grades">
                    {GRADES.map((g, i) => (
                      <button
                        key={g}
                        type="button"
                        className={g === GRADES[2] ? 'pill primary' : 'pill'}
                        aria-keyshortcuts={String(i + 1)}
                        onClick={() => gradeCard(g)}
                      >
                        {labels[GRADE_NAMES[g]]}
                        {previews && <span className="review-when"> {relative(locale, previews[g], now)}</span>}
                      </button>
                    ))}
                  </div>
                </>
              ) : (
                <button type="button" className="pill primary" aria-keyshortcuts="Space" onClick={reveal}>
                  {labels.reveal} <kbd>{labels.revealKey}</kbd>
                </button>
              )}
              <p id="review-keys" className="review-keys">
                {labels.keysHint}
              </p>
            </section>
          ) : (
            words.words.length > 0 &&
            state.directions.length > 0 && (
              <p ref={doneRef} tabIndex={-1} className="review-done">
                {next ? fill(labels.done, { when: relative(locale, next, now) }) : labels.allNew}
              </p>
            )
          )}
        </>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
