import { memo, useMemo } from 'react';
import type { RunResult } from '../../../sim-engine/index';
import { formatPercent } from '../text/labels';
import { Axes } from './Axes';
import { DEFAULT_FRAME } from './frame';
import { MovingLayer, type ChartMode } from './MovingLayer';
import { OnsetMarker } from './OnsetMarker';
import { trafficChart } from './trafficChart';

const FRAME = { ...DEFAULT_FRAME, height: 140 };

function TrafficSummary({ run, until }: { readonly run: RunResult; readonly until: number }) {
  const stages = run.events.flatMap((e) =>
    e.type === 'stage-entered' && e.minute <= until ? [e] : [],
  );
  return (
    <ul className="visually-hidden">
      {stages.map((e) => (
        <li key={e.minute}>
          From minute {e.minute}: {e.percent} % of traffic on the new version.
        </li>
      ))}
      {until >= run.outcome.endMinute ? (
        <li>The run ended at minute {run.outcome.endMinute}.</li>
      ) : null}
    </ul>
  );
}

/** The new version's share of traffic over the run. */
export const TrafficChartView = memo(function TrafficChartView({
  run,
  mode,
  domainEnd = run.outcome.endMinute,
  visibleCount,
}: {
  readonly run: RunResult;
  readonly mode: ChartMode;
  /** Last minute on the time axis: the scenario's horizon during a run, the run's end in replay. */
  readonly domainEnd?: number;
  /** Checks played so far (run mode); all of them when absent. */
  readonly visibleCount?: number;
}) {
  const { series, outcome } = run;
  const model = useMemo(
    () =>
      trafficChart(
        series.canaryShare,
        series.regressionActive,
        series.intervalMinutes,
        domainEnd,
        FRAME,
        visibleCount,
      ),
    [series, domainEnd, visibleCount],
  );
  const peak = series.canaryShare
    .subarray(0, visibleCount)
    .reduce((max, v) => (v > max ? v : max), 0);
  return (
    <figure className="chart">
      <figcaption>Traffic on the new version (peak {formatPercent(peak)})</figcaption>
      <svg
        viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
        role="img"
        aria-label="Traffic share over time; the list below gives the stages."
      >
        <Axes frame={FRAME} xTicks={model.xTicks} yTicks={model.yTicks} />
        {mode === 'replay'
          ? model.regressionSpans.map((span) => (
              <rect
                key={span.x}
                className="regression-span"
                x={span.x}
                width={Math.max(1, span.width)}
                y={FRAME.top}
                height={FRAME.height - FRAME.top - FRAME.bottom}
              />
            ))
          : null}
        <path className="series share" d={model.sharePath} />
        {mode === 'replay' && outcome.onsetMinute !== null ? (
          <OnsetMarker frame={FRAME} x={model.x(outcome.onsetMinute)} />
        ) : null}
        <MovingLayer mode={mode} frame={FRAME} x={model.x} />
      </svg>
      <TrafficSummary
        run={run}
        until={
          visibleCount === undefined
            ? run.outcome.endMinute
            : (visibleCount - 1) * series.intervalMinutes
        }
      />
    </figure>
  );
});
