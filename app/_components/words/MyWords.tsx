'use client';

import { useEffect, useState } from 'react';
import type { Messages } from '@/global';
import { fill } from '@/lib/i18n/fill';
import { loadWords, storeWords, toAnki, toCsv, WORDS_KEY, type Loaded } from '@/lib/words/store';
import { storedValueChanged } from '@/app/_components/islands/storedValue';
import { download } from '@/app/_components/words/download';

type Props = { labels: Messages['Words'] };

/** The learner's saved words: list, remove, export as CSV or for Anki. */
export default function MyWords({ labels }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    const read = () => setLoaded(loadWords());
    read();
    window.addEventListener('storage', read);
    return () => window.removeEventListener('storage', read);
  }, []);
  if (!loaded) return null;
  const { words, problem } = loaded;

  const remove = (key: string, word: string) => {
    const next = words.filter((w) => w.key !== key);
    if (storeWords(next)) {
      storedValueChanged(WORDS_KEY);
      setLoaded({ words: next, problem: null });
      setStatus(fill(labels.removedNotice, { word }));
    } else setStatus(labels.storageFull);
  };
  const clear = () => {
    try {
      localStorage.removeItem(WORDS_KEY);
    } catch {
      // Blocked storage has nothing to clear.
    }
    storedValueChanged(WORDS_KEY);
    setLoaded({ words: [], problem: null });
  };
  const stamp = new Date().toISOString().slice(0, 10);

  return (
    <>
      {problem && (
        <div className="assign-notices" role="alert">
          <p>{problem === 'newer' ? labels.newer : labels.unreadable}</p>
          <button type="button" className="pill" onClick={clear}>
            {labels.clear}
          </button>
        </div>
      )}
      {words.length === 0 ? (
        !problem && <p>{labels.empty}</p>
      ) : (
        <>
          <div className="words-actions">
            <span>{fill(labels.count, { count: words.length })}</span>
            <button
              type="button"
              className="pill"
              onClick={() => download(`my-words-${stamp}.csv`, 'text/csv;charset=utf-8', toCsv(words, location.origin))}
            >
              {labels.exportCsv}
            </button>
            <button
              type="button"
              className="pill"
              onClick={() => download(`my-words-${stamp}-anki.txt`, 'text/plain;charset=utf-8', toAnki(words))}
            >
              {labels.exportAnki}
            </button>
          </div>
          <ul className="words-list">
            {words.map((w) => (
              <li key={w.key} className="word">
                <h2 lang="en">{w.en}</h2>
                <dl>
                  <dt>{labels.korean}</dt>
                  <dd>
                    <span lang="ko">{w.ko}</span>
                    {w.hanja && (
                      <span lang="ko" className="card-note">
                        {' '}
                        {w.hanja}
                      </span>
                    )}
                  </dd>
                  <dt>{labels.chinese}</dt>
                  <dd>
                    <span lang="zh-Hans">{w.zh}</span>{' '}
                    <span lang="zh-Latn-pinyin" className="card-note">
                      {w.pinyin}
                    </span>
                  </dd>
                  {w.sentence && (
                    <>
                      <dt>{labels.sentence}</dt>
                      <dd lang={w.sentenceLang}>{w.sentence}</dd>
                    </>
                  )}
                  {w.href && (
                    <>
                      <dt>{labels.source}</dt>
                      <dd>
                        <a href={w.href}>{fill(labels.paragraphN, { n: w.href.split('#p')[1] ?? '' })}</a>
                      </dd>
                    </>
                  )}
                </dl>
                <button
                  type="button"
                  className="pill"
                  aria-label={fill(labels.removeWord, { word: w.en })}
                  onClick={() => remove(w.key, w.en)}
                >
                  {labels.remove}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </>
  );
}
