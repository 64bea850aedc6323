import { useEffect, useState } from 'react';
import {
  GRADER_BLIND_SPOT,
  type AnswerGrade,
  type Scenario,
  type SentenceFeedback,
} from '../../../sim-engine/index';
import { services } from '../store/services';

interface Props {
  readonly answer: string;
  readonly scenario: Pick<Scenario, 'changeKind' | 'segments'>;
}

type Reading =
  | { readonly state: 'reading' }
  | { readonly state: 'graded'; readonly grade: AnswerGrade }
  | { readonly state: 'failed'; readonly message: string };

/**
 * The graded answer, sentence by sentence: the point each sentence earned or the misconception
 * it raised, then for each missed point what a strong answer says and a short example. Graded
 * in the engine's worker, where the language model already waits, so the page never blocks.
 */
export function AnswerFeedback({ answer, scenario }: Props) {
  const [reading, setReading] = useState<Reading>({ state: 'reading' });
  useEffect(() => {
    let current = true;
    services()
      .engine.grade(answer, scenario)
      .then(
        (grade) => current && setReading({ state: 'graded', grade }),
        (error: unknown) => current && setReading({ state: 'failed', message: String(error) }),
      );
    return () => {
      current = false;
    };
  }, [answer, scenario]);

  return (
    <section className="card answer-feedback" aria-labelledby="answer-feedback-heading">
      <h2 id="answer-feedback-heading">Your answer, sentence by sentence</h2>
      {reading.state === 'reading' ? <p role="status">Reading your answer…</p> : null}
      {reading.state === 'failed' ? (
        <p role="alert">The answer could not be graded: {reading.message}</p>
      ) : null}
      {reading.state === 'graded' ? <GradedAnswer grade={reading.grade} /> : null}
    </section>
  );
}

function GradedAnswer({ grade }: { readonly grade: AnswerGrade }) {
  const labels = new Map(grade.points.map((point) => [point.id, point.label]));
  const missed = grade.points.filter((point) => !point.covered);
  return (
    <>
      {grade.notices.map((notice) => (
        <p key={notice} className="hint-text">
          {notice}
        </p>
      ))}
      {grade.sentences.length === 0 ? <p>No answer was written.</p> : null}
      <ol className="answer-sentences">
        {grade.sentences.map((sentence) => (
          <li key={sentence.index}>
            <q>{sentence.text}</q> <SentenceMark sentence={sentence} labels={labels} />
          </li>
        ))}
      </ol>
      {grade.misconceptions.map((found) => (
        <p key={found.point} className="answer-misconception">
          <strong>Misconception, costing the whole answer:</strong> {found.tip}
        </p>
      ))}
      {missed.length > 0 ? (
        <>
          <h3>What a strong answer adds</h3>
          <dl className="answer-missed">
            {missed.map((point) => (
              <div key={point.id}>
                <dt>{point.label}</dt>
                <dd>{point.strongSays}</dd>
                <dd>For example: {point.example}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <p className="hint-text answer-blind-spot">
        <strong>What this grade cannot judge:</strong> {GRADER_BLIND_SPOT}
      </p>
    </>
  );
}

function SentenceMark({
  sentence,
  labels,
}: {
  readonly sentence: SentenceFeedback;
  readonly labels: ReadonlyMap<string, string>;
}) {
  if (sentence.misconception !== null) {
    return (
      <span className="answer-mark misconception">
        — misconception: {labels.get(sentence.misconception) ?? sentence.misconception}
      </span>
    );
  }
  const named = (ids: readonly string[]) => ids.map((id) => labels.get(id) ?? id).join('; ');
  if (sentence.points.length > 0 || sentence.towards.length > 0) {
    return (
      <>
        {sentence.points.length > 0 ? (
          <span className="answer-mark earned">— earned: {named(sentence.points)}</span>
        ) : null}
        {sentence.towards.length > 0 ? (
          <span className="answer-mark towards">
            — counts towards: {named(sentence.towards)} (not enough for the point yet)
          </span>
        ) : null}
      </>
    );
  }
  return (
    <span className="answer-mark none">
      — {sentence.statement ? 'no point' : 'a list of words, not a statement: earns nothing'}
    </span>
  );
}
