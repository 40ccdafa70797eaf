import type { Messages } from '@/global';
import { letter } from '@/lib/assign/exercises';
import type { worksheet } from '@/lib/assign/worksheet';
import { fill } from '@/lib/i18n/fill';
import ColumnHeads from '@/app/_components/ui/ColumnHeads';

type Props = { sheet: ReturnType<typeof worksheet>; labels: Messages['Worksheet'] };

/** The glossary of the focus terms, the matching exercise, the fill-in-the-blanks and the answer key. */
export default function Exercises({ sheet, labels }: Props) {
  const { focus, fromText, matching, blanks, bank } = sheet;
  if (focus.length === 0) return <p>{labels.noExercises}</p>;
  return (
    <>
      <section className="ws-glossary" aria-labelledby="ws-glossary">
        <h2 id="ws-glossary">{labels.glossary}</h2>
        {fromText && <p className="hint">{labels.termsFromText}</p>}
        <table>
          <ColumnHeads heads={[labels.english, labels.korean, labels.hanja, labels.chinese, labels.pinyin]} />
          <tbody>
            {focus.map((term) => (
              <tr key={term.id}>
                <th scope="row" lang="en">
                  {term.en}
                </th>
                <td lang="ko">{term.ko}</td>
                <td lang="ko">{term.hanja ?? ''}</td>
                <td lang="zh-Hans">{term.zh}</td>
                <td lang="zh-Latn-pinyin">{term.pinyin}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="ws-exercise" aria-labelledby="ws-match">
        <h2 id="ws-match">{labels.match}</h2>
        <p className="hint">{labels.matchHow}</p>
        <div className="ws-match">
          <ol>
            {matching.terms.map((term) => (
              <li key={term.id}>
                <span className="ws-answer-line" aria-hidden="true" /> <span lang="en">{term.en}</span>
              </li>
            ))}
          </ol>
          <ol type="A">
            {matching.meanings.map((term) => (
              <li key={term.id} lang="ko">
                {term.ko}
                {term.hanja ? ` (${term.hanja})` : ''}: {term.def.ko}
              </li>
            ))}
          </ol>
        </div>
      </section>

      {blanks.length > 0 && (
        <section className="ws-exercise" aria-labelledby="ws-blanks">
          <h2 id="ws-blanks">{labels.blanks}</h2>
          <p className="hint">{labels.blanksHow}</p>
          <p className="ws-bank">
            <strong>{labels.wordBank}:</strong>{' '}
            {bank.map((word, i) => (
              <span key={i} lang="en" className="ws-word">
                {word}
              </span>
            ))}
          </p>
          <ol className="ws-blanks">
            {blanks.map(({ term, sentence }) => (
              <li key={term.id} lang="en">
                {sentence.before}
                <span className="ws-gap">{'_'.repeat(Math.max(10, sentence.answer.length + 4))}</span>
                {sentence.after} <span className="ws-ref">({fill(labels.paragraphN, { n: sentence.paragraph })})</span>
              </li>
            ))}
          </ol>
        </section>
      )}

      <section className="ws-key" aria-labelledby="ws-key">
        <h2 id="ws-key">{labels.answers}</h2>
        <h3>{labels.match}</h3>
        <ol className="ws-key-list">
          {matching.terms.map((term, i) => (
            <li key={term.id}>
              <span lang="en">{term.en}</span> → {letter(matching.key[i]!)} (<span lang="ko">{term.ko}</span>)
            </li>
          ))}
        </ol>
        {blanks.length > 0 && (
          <>
            <h3>{labels.blanks}</h3>
            <ol className="ws-key-list">
              {blanks.map(({ term, sentence }) => (
                <li key={term.id} lang="en">
                  {sentence.answer}
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </>
  );
}
