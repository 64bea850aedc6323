import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { createScenarioClock } from '../../../sim-engine/index';
import { ThresholdChartView } from '../charts/ThresholdChartView';
import { TrafficChartView } from '../charts/TrafficChartView';
import { ScreenHeading } from '../components/ScreenHeading';
import { Annotations } from '../replay/Annotations';
import { CounterfactualStrip } from '../replay/CounterfactualStrip';
import { CursorReadout } from '../replay/CursorReadout';
import { EditedPlanTry } from '../replay/EditedPlanTry';
import { Timeline } from '../replay/Timeline';
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

/** The debrief: scrub the run with the regression revealed, read why, compare plans. */
export function ReplayScreen() {
  const scenario = useAppStore(selectScenario);
  const { attempt, edited, seed, go } = useAppStore(
    useShallow((s) => ({ attempt: s.attempt, edited: s.edited, seed: s.seed, go: s.go })),
  );
  const clock = useMemo(() => (scenario ? createScenarioClock(scenario.start) : null), [scenario]);
  useDrawnMark(attempt !== null);
  if (!scenario || !attempt || !clock) return <p>Run a plan first.</p>;
  const { run } = attempt;
  const o = run.outcome;
  const marks = [
    ...(o.onsetMinute !== null ? [{ label: 'Regression onset', minute: o.onsetMinute }] : []),
    ...(o.detectionMinute !== null ? [{ label: 'Detection', minute: o.detectionMinute }] : []),
    ...(o.rollbackCompleteMinute !== null
      ? [{ label: 'Rollback complete', minute: o.rollbackCompleteMinute }]
      : []),
  ];
  return (
    <div className="screen replay">
      <ScreenHeading>Replay: {scenario.title}</ScreenHeading>
      <Timeline
        endMinute={o.endMinute}
        intervalMinutes={run.series.intervalMinutes}
        clockLabel={clock.label}
        marks={marks}
      />
      <div className="run-layout">
        <div className="charts">
          <TrafficChartView run={run} mode="replay" />
          {run.plan.thresholds.map((t, i) => (
            <ThresholdChartView key={`${t.metric}-${i}`} run={run} index={i} mode="replay" />
          ))}
        </div>
        <div className="side">
          <CursorReadout run={run} />
          <Annotations score={attempt.score} narrative={attempt.narrative} />
        </div>
      </div>
      <CounterfactualStrip
        items={edited ? [...attempt.counterfactuals, edited] : attempt.counterfactuals}
      />
      <EditedPlanTry plan={run.plan} seed={seed} />
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
