import { useMemo } from 'react';
import type { GuardedMetric, RunResult, Scenario } from '../../../sim-engine/index';
import { MetricChartView } from './MetricChartView';
import { metricPanels } from './metricPanels';
import type { ChartMode } from './MovingLayer';
import { storyMarks } from './storyMarks';
import { TrafficChartView } from './TrafficChartView';

/**
 * The run told in charts: traffic with the ramp, then one chart per metric in the order the
 * story needs (the breach first; in replay also every metric the regression moved).
 * `playedMinute` limits everything to what has been played (a live run); absent in replay.
 */
export function StoryCharts({
  run,
  scenario,
  mode,
  domainEnd,
  playedMinute,
  clockLabel,
  maxPanels,
}: {
  readonly run: RunResult;
  readonly scenario: Pick<Scenario, 'regressions'>;
  readonly mode: ChartMode;
  readonly domainEnd: number;
  readonly playedMinute?: number;
  readonly clockLabel: (minute: number) => string;
  /** Draw only the first few metric charts (side-by-side comparisons). */
  readonly maxPanels?: number;
}) {
  const { series, outcome, events } = run;
  const interval = series.intervalMinutes;
  const until = playedMinute ?? outcome.endMinute;
  const length = series.canaryShare.length;
  // Intervals whose traffic has begun, and checks that have been read (at each interval's end).
  const intervalsShown = Math.min(length, Math.floor(until / interval) + 1);
  const checksPlayed =
    until >= outcome.endMinute ? length : Math.min(length, Math.floor(until / interval));
  // Nothing past the time axis's end (a zoom on the ramp): lines stop at the axis, not beyond it.
  const inDomain = Math.floor(domainEnd / interval) + 1;
  const checksShown = Math.min(checksPlayed, inDomain);
  const marks = useMemo(
    () => storyMarks(events, outcome.endMinute, until),
    [events, outcome.endMinute, until],
  );
  const panels = useMemo(() => {
    const recorded = new Set(Object.keys(series.canary) as GuardedMetric[]);
    const shownEvents = events.filter((e) => e.minute <= until);
    const all = metricPanels(run.plan, scenario, shownEvents, recorded, mode === 'replay');
    return maxPanels === undefined ? all : all.slice(0, maxPanels);
  }, [run.plan, scenario, events, series.canary, until, mode, maxPanels]);
  return (
    <div className="charts">
      <TrafficChartView
        run={run}
        mode={mode}
        marks={marks}
        domainEnd={domainEnd}
        visibleCount={Math.min(intervalsShown, inDomain)}
        clockLabel={clockLabel}
      />
      {panels.map((panel) => (
        <MetricChartView
          key={`${panel.metric}-${panel.thresholdIndex ?? 'unwatched'}`}
          run={run}
          panel={panel}
          mode={mode}
          marks={marks}
          domainEnd={domainEnd}
          visibleCount={checksShown}
          clockLabel={clockLabel}
        />
      ))}
    </div>
  );
}
