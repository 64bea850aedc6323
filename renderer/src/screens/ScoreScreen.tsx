import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { createScenarioClock } from '../../../sim-engine/index';
import { ScreenHeading } from '../components/ScreenHeading';
import { DebriefNotes } from '../score/DebriefNotes';
import { DimensionCard } from '../score/DimensionCard';
import { ScoringHelp } from '../score/ScoringHelp';
import { PlanWarnings } from '../plan/PlanWarnings';
import { VerdictBanner } from '../score/VerdictBanner';
import { useAppStore } from '../store/appStore';
import { selectScenario } from '../store/selectors';

const BAND_LABELS = { strong: 'Strong', adequate: 'Adequate', weak: 'Weak' } as const;

/** The total, its band, the penalties, and one card per rubric dimension. */
export function ScoreScreen() {
  const scenario = useAppStore(selectScenario);
  const { attempt, go } = useAppStore(useShallow((s) => ({ attempt: s.attempt, go: s.go })));
  const clock = useMemo(() => (scenario ? createScenarioClock(scenario.start) : null), [scenario]);
  if (!scenario || !attempt || !clock) return <p>Run a plan first.</p>;
  const { score } = attempt;
  return (
    <div className="screen score">
      <ScreenHeading>Score: {scenario.title}</ScreenHeading>
      <VerdictBanner
        attempt={attempt}
        scenario={scenario}
        clockLabel={clock.label}
        onSeeMoment={(minute) => {
          const { setReplayMinute } = useAppStore.getState();
          setReplayMinute(minute);
          go('replay');
        }}
      />
      <PlanWarnings plan={attempt.run.plan} scenario={scenario} />
      <section className={`card total band-${score.band}`} aria-label="Total">
        <p className="total-number">
          {score.total}
          <span className="out-of"> / 100</span>
        </p>
        <p className="band">{BAND_LABELS[score.band]}</p>
        {score.penalties.length > 0 ? (
          <ul className="penalties" aria-label="Penalties">
            {score.penalties.map((p) => (
              <li key={p.reason}>
                {p.reason}: −{p.points}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No hints used, no overrides.</p>
        )}
      </section>
      <section aria-labelledby="dimensions-heading">
        <h2 id="dimensions-heading">By dimension</h2>
        <div className="dimension-grid">
          {score.dimensions.map((d) => (
            <DimensionCard key={d.id} dimension={d} clockLabel={clock.label} />
          ))}
        </div>
      </section>
      <DebriefNotes notes={scenario.debriefNotes} />
      <ScoringHelp scenario={scenario} score={score} />
      <div className="actions">
        <button type="button" onClick={() => go('run')}>
          Back to the run
        </button>
        <button type="button" className="primary" onClick={() => go('replay')}>
          Open the replay
        </button>
      </div>
    </div>
  );
}
