import { scaleLinear } from 'd3';
import type { ThresholdSeries, ThresholdUnit } from '../../../sim-engine/index';
import type { Frame } from './frame';
import { innerRange } from './frame';
import { formatChange } from './metricDirection';
import { bandPath, linePath } from './seriesPath';
import { timeAxis, type Tick } from './timeAxis';

/** What one metric chart draws: the gate's reading when the plan watches it, and the raw move. */
export interface MetricChartInput {
  /** 1 when up is worse, −1 for conversion. Everything is drawn with its natural sign. */
  readonly direction: 1 | -1;
  readonly unit: ThresholdUnit;
  /** The gate's series for a watched threshold (estimate positive = worse), else null. */
  readonly gate: ThresholdSeries | null;
  /** New version minus old per interval (natural sign), or null. */
  readonly change: ArrayLike<number> | null;
  readonly intervalMinutes: number;
  readonly endMinute: number;
  readonly frame: Frame;
  /** Checks played so far: scales must not hint at what comes. */
  readonly visibleCount: number;
}

export interface MetricChartModel {
  readonly estimatePath: string;
  readonly intervalPath: string;
  readonly limitPath: string;
  readonly changePath: string;
  /** The limit's height, for its label (null when the plan does not watch the metric). */
  readonly limitY: number | null;
  readonly limitLabel: string | null;
  /** Where a reading means roll back: above the limit, or below it for conversion. */
  readonly breachZone: { readonly y: number; readonly height: number } | null;
  readonly zeroY: number;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  /** Some readings lie beyond the drawn range and are pinned to its edge. */
  readonly clipped: boolean;
  /** The drawn value range, low to high, in natural sign. */
  readonly domain: readonly [number, number];
  readonly x: (minute: number) => number;
  readonly y: (value: number) => number;
}

/** The minute a check's reading belongs to: checks happen at the end of their interval. */
export const checkMinute = (index: number, intervalMinutes: number) =>
  (index + 1) * intervalMinutes;

/** The latest check at or before a minute (−1 before the first). */
export const checkIndexAt = (minute: number, intervalMinutes: number) =>
  Math.floor(minute / intervalMinutes) - 1;

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/**
 * The y range in the bad direction ("worse" positive), clamped around the limit: from three
 * quarters of a limit on the good side to four limits on the bad one, so opening noise (a first
 * check on a few hundred requests can read ±2000 pp) cannot flatten the story onto the limit.
 * Without a limit, the typical size of the moves sets the scale instead.
 */
export function worseRange(limit: number | null, worse: readonly number[]): [number, number] {
  const sizes = worse.map(Math.abs).sort((a, b) => a - b);
  const typical = quantile(sizes, 0.9);
  const scale =
    limit !== null && limit > 0 ? limit : Number.isFinite(typical) && typical > 0 ? typical : 1;
  let peak = Number.NEGATIVE_INFINITY;
  let trough = Number.POSITIVE_INFINITY;
  for (const value of worse) {
    if (value > peak) peak = value;
    if (value < trough) trough = value;
  }
  const high = Math.min(scale * 4, Math.max(scale * 1.5, peak * 1.1));
  const low = -Math.min(scale * 2, Math.max(scale * 0.75, -trough * 1.1));
  return [low, high];
}

function finite(values: ArrayLike<number>, count: number, keep?: (i: number) => boolean): number[] {
  const result: number[] = [];
  for (let i = 0; i < Math.min(count, values.length); i++) {
    const value = values[i] ?? Number.NaN;
    if (Number.isFinite(value) && (!keep || keep(i))) result.push(value);
  }
  return result;
}

/** Natural-sign values of a bad-direction series (conversion flips). */
function natural(values: Float32Array, direction: 1 | -1, count: number): Float32Array {
  const out = new Float32Array(Math.min(count, values.length));
  for (let i = 0; i < out.length; i++) out[i] = direction * (values[i] ?? Number.NaN);
  return out;
}

const round = (value: number) => Math.round(value * 10) / 10;

export function metricChart(input: MetricChartInput): MetricChartModel {
  const { direction, unit, gate, intervalMinutes, frame, visibleCount } = input;
  const change = input.change ? Array.from(input.change).slice(0, visibleCount) : [];
  const limits = gate ? finite(gate.limit, visibleCount) : [];
  const limit = limits.length > 0 ? Math.max(...limits) : null;
  // Checks whose interval is wider than eight limits are the opening noise of a stage.
  const settled = (i: number) => {
    if (!gate || limit === null || limit <= 0) return true;
    const width = (gate.upper[i] ?? Number.NaN) - (gate.lower[i] ?? Number.NaN);
    return !Number.isFinite(width) || width <= 8 * limit;
  };
  const worse = [
    ...(gate ? finite(gate.estimate, visibleCount, settled) : []),
    ...finite(change, visibleCount).map((v) => v * direction),
  ];
  const [low, high] = worseRange(limit, worse);
  const domain: [number, number] = direction === 1 ? [low, high] : [-high, -low];
  const y = scaleLinear().domain(domain).range(innerRange(frame).y).clamp(true);
  const time = timeAxis(input.endMinute, frame);
  const projection = { x: (i: number) => time.scale(checkMinute(i, intervalMinutes)), y };
  const allWorse = [
    ...(gate ? finite(gate.estimate, visibleCount) : []),
    ...finite(change, visibleCount).map((v) => v * direction),
  ];
  const clipped = allWorse.some((v) => v < low || v > high);
  const limitY = limit === null ? null : round(y(direction * limit));
  const top = frame.top;
  const bottom = frame.height - frame.bottom;
  return {
    estimatePath: gate ? linePath(natural(gate.estimate, direction, visibleCount), projection) : '',
    intervalPath: gate
      ? bandPath(
          natural(gate.lower, direction, visibleCount),
          natural(gate.upper, direction, visibleCount),
          projection,
        )
      : '',
    limitPath: gate ? linePath(natural(gate.limit, direction, visibleCount), projection) : '',
    changePath: linePath(change, projection),
    limitY,
    limitLabel: limit === null ? null : `limit ${formatChange(direction * limit, unit)}`,
    breachZone:
      limitY === null
        ? null
        : direction === 1
          ? { y: top, height: Math.max(0, limitY - top) }
          : { y: limitY, height: Math.max(0, bottom - limitY) },
    zeroY: round(y(0)),
    xTicks: time.ticks,
    yTicks: y.ticks(4).map((value) => ({
      value,
      position: round(y(value)),
      label: formatChange(value, unit),
    })),
    clipped,
    domain,
    x: (minute) => time.scale(minute),
    y,
  };
}
