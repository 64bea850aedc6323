import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { createScenarioClock } from '../../../sim-engine/index';
import type { Counterfactual, Scenario, ScenarioClock } from '../../../sim-engine/index';
import { elapsedLabel, rampSpan } from '../charts/timeAxis';
import { useRecordedRun } from '../charts/useRecordedRun';
import type { ScoredAttempt } from '../engine/scoringApi';
import { StoryCharts } from '../charts/StoryCharts';
import { withDay } from '../text/dayClock';
import { ScreenHeading } from '../components/ScreenHeading';
import { Annotations } from '../replay/Annotations';
import { CounterfactualStrip } from '../replay/CounterfactualStrip';
import { CursorReadout } from '../replay/CursorReadout';
import { EditedComparison } from '../replay/EditedComparison';
import { EditedPlanTry } from '../replay/EditedPlanTry';
import { Timeline } from '../replay/Timeline';
import { VerdictBanner } from '../score/VerdictBanner';
import { useAppStore } from '../store/appStore';
import { selectScenario } from '../store/selectors';
import { DebriefNotes } from '../score/DebriefNotes';
import { ScoringHelp } from '../score/ScoringHelp';

/** Marks the first frame with the replay drawn, for the Run-to-replay benchmark. */
function useDrawnMark(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    const frame = requestAnimationFrame(() => performance.mark('replay-drawn'));
    return () => cancelAnimationFrame(frame);
  }, [ready]);
}

/** The debrief: the verdict, the run with the regression revealed, why, and other plans. */
export function ReplayScreen() {
  const scenario = useAppStore(selectScenario);
  const { attempt, edited, seed, go, setReplayMinute } = useAppStore(
    useShallow((s) => ({
      attempt: s.attempt,
      edited: s.edited,
      seed: s.seed,
      go: s.go,
      setReplayMinute: s.setReplayMinute,
    })),
  );
  const clock = useMemo(() => (scenario ? createScenarioClock(scenario.start) : null), [scenario]);
  const [editedRuns, setEditedRuns] = useState(0);
  useDrawnMark(attempt !== null);
  if (!scenario || !attempt || !clock) return <p>Run a plan first.</p>;
  return (
    <Replay
      attempt={attempt}
      scenario={scenario}
      clock={clock}
      edited={edited}
      seed={seed}
      go={go}
      setReplayMinute={setReplayMinute}
      editedRuns={editedRuns}
      onEditedRun={() => setEditedRuns((n) => n + 1)}
    />
  );
}

function Replay({
  attempt,
  scenario,
  clock,
  edited,
  seed,
  go,
  setReplayMinute,
  editedRuns,
  onEditedRun,
}: {
  readonly attempt: ScoredAttempt;
  readonly scenario: Scenario;
  readonly clock: ScenarioClock;
  readonly edited: Counterfactual | null;
  readonly seed: number;
  readonly go: (screen: 'score' | 'history') => void;
  readonly setReplayMinute: (minute: number) => void;
  readonly editedRuns: number;
  readonly onEditedRun: () => void;
}) {
  const run = useRecordedRun(attempt.run, scenario);
  const dayLabel = useMemo(() => withDay(clock), [clock]);
  const ramp = rampSpan(attempt.run.outcome);
  // A miss plays out after full rollout: show the whole run first; otherwise the ramp.
  const missed = attempt.run.outcome.regressionPresent && !attempt.run.outcome.caught;
  const [whole, setWhole] = useState(missed);
  const o = run.outcome;
  const marks = [
    ...(o.onsetMinute !== null ? [{ label: 'Regression onset', minute: o.onsetMinute }] : []),
    ...(o.detectionMinute !== null ? [{ label: 'Detection', minute: o.detectionMinute }] : []),
    ...(o.rollbackCompleteMinute !== null
      ? [{ label: 'Rollback complete', minute: o.rollbackCompleteMinute }]
      : []),
    ...(o.minutesToFullRollout !== null
      ? [{ label: 'Full rollout', minute: o.minutesToFullRollout }]
      : []),
  ].sort((a, b) => a.minute - b.minute);
  return (
    <div className="screen replay">
      <ScreenHeading>Replay: {scenario.title}</ScreenHeading>
      <VerdictBanner
        attempt={attempt}
        scenario={scenario}
        clockLabel={clock.label}
        onSeeMoment={(minute) => {
          setReplayMinute(minute);
          document.getElementById('replay-scrubber')?.focus();
        }}
      />
      <Timeline
        endMinute={o.endMinute}
        intervalMinutes={run.series.intervalMinutes}
        clockLabel={dayLabel}
        marks={marks}
      />
      <div className="run-layout">
        <div className="replay-charts">
          {ramp !== null ? (
            <div className="zoom" role="group" aria-label="Time shown in the charts">
              <button type="button" aria-pressed={!whole} onClick={() => setWhole(false)}>
                The ramp (first {elapsedLabel(ramp)})
              </button>
              <button type="button" aria-pressed={whole} onClick={() => setWhole(true)}>
                The whole run ({elapsedLabel(o.endMinute)})
              </button>
            </div>
          ) : null}
          <StoryCharts
            run={run}
            scenario={scenario}
            mode="replay"
            domainEnd={ramp !== null && !whole ? ramp : o.endMinute}
            clockLabel={clock.label}
          />
        </div>
        <div className="side">
          <CursorReadout run={run} />
          <Annotations score={attempt.score} narrative={attempt.narrative} clockLabel={dayLabel} />
        </div>
      </div>
      <CounterfactualStrip
        items={edited ? [...attempt.counterfactuals, edited] : attempt.counterfactuals}
      />
      <EditedPlanTry plan={run.plan} scenario={scenario} seed={seed} onRan={onEditedRun} />
      {edited ? (
        <EditedComparison
          run={run}
          edited={edited}
          scenario={scenario}
          clockLabel={clock.label}
          focusKey={editedRuns}
        />
      ) : null}
      <DebriefNotes notes={scenario.debriefNotes} />
      <ScoringHelp scenario={scenario} score={attempt.score} />
      <div className="actions">
        <button type="button" onClick={() => go('score')}>
          Back to the score
        </button>
        <button type="button" className="primary" onClick={() => go('history')}>
          See your progress
        </button>
      </div>
    </div>
  );
}
