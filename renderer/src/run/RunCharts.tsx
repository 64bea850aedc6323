import type { Scenario } from '../../../sim-engine/index';
import { StoryCharts } from '../charts/StoryCharts';
import { fittedEnd } from '../charts/timeAxis';
import { useRecordedRun } from '../charts/useRecordedRun';
import type { ScoredAttempt } from '../engine/scoringApi';
import { useAppStore } from '../store/appStore';

/**
 * The run's charts as the learner would see them live: only the checks played so far, on an
 * axis fitted to what has been played (never to the run's end, which would give it away).
 */
export function RunCharts({
  attempt,
  scenario,
  clockLabel,
}: {
  readonly attempt: ScoredAttempt;
  readonly scenario: Scenario;
  readonly clockLabel: (minute: number) => string;
}) {
  const run = useRecordedRun(attempt.run, scenario);
  const interval = run.series.intervalMinutes;
  const end = run.outcome.endMinute;
  // Changes once per check interval, so the memoised charts redraw at most that often.
  const played = useAppStore((s) =>
    s.playbackMinute >= end ? end : Math.floor(s.playbackMinute / interval) * interval,
  );
  const domainEnd = useAppStore((s) => fittedEnd(s.playbackMinute, end));
  return (
    <StoryCharts
      run={run}
      scenario={scenario}
      mode="run"
      domainEnd={domainEnd}
      playedMinute={played}
      clockLabel={clockLabel}
    />
  );
}
