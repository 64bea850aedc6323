import { ThresholdChartView } from '../charts/ThresholdChartView';
import { TrafficChartView } from '../charts/TrafficChartView';
import type { ScoredAttempt } from '../engine/scoringApi';
import { useAppStore } from '../store/appStore';

/**
 * The run's charts as the learner would see them live: only the checks played so far, on an
 * axis as long as the scenario allows, so neither the scale nor the end gives the run away.
 */
export function RunCharts({
  attempt,
  horizonMinutes,
}: {
  readonly attempt: ScoredAttempt;
  readonly horizonMinutes: number;
}) {
  const { run } = attempt;
  const interval = run.series.intervalMinutes;
  // Changes once per check interval, so the memoised charts redraw at most that often.
  const visibleCount = useAppStore((s) => Math.floor(s.playbackMinute / interval) + 1);
  const domainEnd = Math.max(horizonMinutes, run.outcome.endMinute);
  const shared = { run, mode: 'run' as const, domainEnd, visibleCount };
  return (
    <div className="charts">
      <TrafficChartView {...shared} />
      {run.plan.thresholds.map((t, i) => (
        <ThresholdChartView key={`${t.metric}-${i}`} {...shared} index={i} />
      ))}
    </div>
  );
}
