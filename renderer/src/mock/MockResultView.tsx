import { useMemo } from 'react';
import { createScenarioClock } from '../../../sim-engine/index';
import { DimensionCard } from '../score/DimensionCard';
import { useAppStore } from '../store/appStore';
import { selectScenario } from '../store/selectors';
import { formatDuration } from './interviewClock';
import { AnswerFeedback } from './AnswerFeedback';
import type { MockResult } from './mockStore';
import { Transcript } from './Transcript';

const BAND_LABELS = { strong: 'Strong', adequate: 'Adequate', weak: 'Weak' } as const;

/** The interview's outcome: total, Communication, time used, and the transcript with the answer. */
export function MockResultView({ result }: { readonly result: MockResult }) {
  const scenario = useAppStore(selectScenario);
  const go = useAppStore((s) => s.go);
  const clock = useMemo(() => (scenario ? createScenarioClock(scenario.start) : null), [scenario]);
  const { report, committedNote, endedBy } = result;
  const communication = report.score.dimensions.find((d) => d.id === 'communication');
  const mock = report.mock;
  return (
    <>
      <section className={`card total band-${report.score.band}`} aria-label="Total">
        <p className="total-number">
          {report.score.total}
          <span className="out-of"> / 100</span>
        </p>
        <p className="band">{BAND_LABELS[report.score.band]}</p>
        <p>
          {endedBy === 'time' ? 'Time ran out' : 'You finished'} after{' '}
          {formatDuration(mock?.usedSeconds ?? 0)} of{' '}
          {formatDuration((mock?.limitMinutes ?? 0) * 60)}. {committedNote}
        </p>
      </section>
      <div className="mock-result-grid">
        {communication && clock ? (
          <DimensionCard dimension={communication} clockLabel={clock.label} />
        ) : null}
        {mock ? <Transcript probes={mock.probes} answer={mock.answer} /> : null}
        {mock && scenario ? <AnswerFeedback answer={mock.answer} scenario={scenario} /> : null}
      </div>
      <div className="actions">
        <button type="button" onClick={() => go('home')}>
          Back to the library
        </button>
        <button type="button" onClick={() => go('replay')}>
          Open the replay
        </button>
        <button type="button" className="primary" onClick={() => go('score')}>
          See every dimension
        </button>
      </div>
    </>
  );
}
