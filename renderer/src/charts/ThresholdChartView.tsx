import { memo, useMemo } from 'react';
import { describeThreshold } from '../../../sim-engine/index';
import type { RunResult } from '../../../sim-engine/index';
import { formatInUnit, METRIC_LABELS } from '../text/labels';
import { Axes } from './Axes';
import { DEFAULT_FRAME } from './frame';
import { MovingLayer, type ChartMode } from './MovingLayer';
import { OnsetMarker } from './OnsetMarker';
import { thresholdChart } from './thresholdChart';

/** The highest reading and the last one, for the chart's text equivalent. */
function readings(values: Float32Array, interval: number) {
  let peak = Number.NEGATIVE_INFINITY;
  let peakAt = 0;
  let last = Number.NaN;
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) return;
    last = v;
    if (v > peak) {
      peak = v;
      peakAt = i * interval;
    }
  });
  return { peak, peakAt, last };
}

/** One guarded threshold: the gate's estimate, its confidence interval and the limit. */
export const ThresholdChartView = memo(function ThresholdChartView({
  run,
  index,
  mode,
  domainEnd = run.outcome.endMinute,
  visibleCount,
}: {
  readonly run: RunResult;
  readonly index: number;
  readonly mode: ChartMode;
  /** Last minute on the time axis: the scenario's horizon during a run, the run's end in replay. */
  readonly domainEnd?: number;
  /** Checks played so far (run mode); all of them when absent. */
  readonly visibleCount?: number;
}) {
  const threshold = run.plan.thresholds[index];
  const series = run.series.thresholds[index];
  const unit = threshold?.unit ?? 'pp';
  const model = useMemo(
    () =>
      series
        ? thresholdChart(
            series,
            run.series.intervalMinutes,
            domainEnd,
            DEFAULT_FRAME,
            (v) => formatInUnit(v, unit),
            visibleCount,
          )
        : null,
    [series, run.series.intervalMinutes, domainEnd, unit, visibleCount],
  );
  if (!threshold || !series || !model) return null;
  const name = METRIC_LABELS[threshold.metric];
  const { peak, peakAt, last } = readings(
    series.estimate.subarray(0, visibleCount),
    run.series.intervalMinutes,
  );
  const versus = threshold.compare === 'control' ? 'control' : 'the same segments’ baseline';
  const f = DEFAULT_FRAME;
  return (
    <figure className="chart">
      <figcaption>
        {name}: canary vs {versus} (limit {formatInUnit(threshold.limit, unit)})
      </figcaption>
      <svg
        viewBox={`0 0 ${f.width} ${f.height}`}
        role="img"
        aria-label={`${name} move in the bad direction over time; summary follows.`}
      >
        <rect
          className="breach-zone"
          x={f.left}
          width={f.width - f.left - f.right}
          y={model.breachRect.y}
          height={model.breachRect.height}
        />
        <Axes frame={f} xTicks={model.xTicks} yTicks={model.yTicks} />
        <line
          className="zero-line"
          x1={f.left}
          x2={f.width - f.right}
          y1={model.zeroY}
          y2={model.zeroY}
        />
        <path className="interval" d={model.intervalPath} />
        <path className="series limit" d={model.limitPath} />
        <path className="series estimate" d={model.estimatePath} />
        {mode === 'replay' && run.outcome.onsetMinute !== null ? (
          <OnsetMarker frame={f} x={model.x(run.outcome.onsetMinute)} />
        ) : null}
        <MovingLayer mode={mode} frame={f} x={model.x} />
      </svg>
      <ul className="visually-hidden">
        <li>{describeThreshold(threshold)}.</li>
        <li>
          {Number.isFinite(peak)
            ? `Highest reading ${formatInUnit(peak, unit)} at minute ${peakAt}; last reading ${formatInUnit(last, unit)}.`
            : 'No reading: this stage never had enough traffic.'}
        </li>
      </ul>
    </figure>
  );
});
