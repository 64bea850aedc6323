import { scaleLinear } from 'd3';
import type { ThresholdSeries } from '../../../sim-engine/index';
import type { Frame } from './frame';
import { innerRange } from './frame';
import { bandPath, finiteExtent, linePath } from './seriesPath';
import { timeAxis, type Tick } from './timeAxis';

export interface ThresholdChartModel {
  readonly estimatePath: string;
  readonly intervalPath: string;
  readonly limitPath: string;
  /** The region beyond the limit: where a reading means roll back. */
  readonly breachRect: { readonly y: number; readonly height: number };
  readonly zeroY: number;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly x: (minute: number) => number;
}

/**
 * One guarded threshold over time: the gate's estimate of the move in the bad direction,
 * its confidence interval, and the limit. Everything is in the threshold's own units.
 */
export function thresholdChart(
  series: ThresholdSeries,
  intervalMinutes: number,
  endMinute: number,
  frame: Frame,
  format: (value: number) => string,
  visibleCount: number = series.estimate.length,
): ThresholdChartModel {
  // During a run only the checks played so far exist: scales must not hint at what comes.
  const cut = (values: Float32Array) => values.subarray(0, visibleCount);
  const shown = {
    estimate: cut(series.estimate),
    lower: cut(series.lower),
    upper: cut(series.upper),
    limit: cut(series.limit),
  };
  const time = timeAxis(endMinute, frame);
  const [low, high] = finiteExtent(shown.estimate, shown.lower, shown.upper) ?? [0, 1];
  const limit = finiteExtent(shown.limit)?.[1] ?? high;
  // Headroom above the limit keeps the breach zone visible even when nothing came near it.
  const y = scaleLinear()
    .domain([Math.min(0, low), Math.max(high, limit * 1.25, 0.0001)])
    .nice()
    .range(innerRange(frame).y);
  const projection = { x: (i: number) => time.scale(i * intervalMinutes), y };
  const limitY = Math.round(y(limit) * 10) / 10;
  return {
    estimatePath: linePath(shown.estimate, projection),
    intervalPath: bandPath(shown.lower, shown.upper, projection),
    limitPath: linePath(shown.limit, projection),
    breachRect: { y: frame.top, height: Math.max(0, limitY - frame.top) },
    zeroY: Math.round(y(0) * 10) / 10,
    xTicks: time.ticks,
    yTicks: y
      .ticks(4)
      .map((value) => ({ value, position: Math.round(y(value) * 10) / 10, label: format(value) })),
    x: (minute) => time.scale(minute),
  };
}
