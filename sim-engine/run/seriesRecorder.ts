import type { GuardedMetric, Threshold } from '../domain/plan';
import { CHECK_INTERVAL_MINUTES, type RunSeries, type ThresholdSeries } from '../domain/run';

/** Per-check series, preallocated for the whole horizon and trimmed at the end. */
export interface SeriesRecorder {
  readonly series: RunSeries;
  trim(checks: number): RunSeries;
}

const filled = (length: number) => new Float32Array(length).fill(Number.NaN);

export function createSeriesRecorder(
  horizonMinutes: number,
  metrics: readonly GuardedMetric[],
  thresholds: readonly Threshold[],
): SeriesRecorder {
  const length = Math.ceil(horizonMinutes / CHECK_INTERVAL_MINUTES);
  const byMetric = () => Object.fromEntries(metrics.map((metric) => [metric, filled(length)]));
  const series: RunSeries = {
    intervalMinutes: CHECK_INTERVAL_MINUTES,
    canaryShare: new Float32Array(length),
    requestsPerMinute: new Float32Array(length),
    canaryRequests: new Float64Array(length),
    controlRequests: new Float64Array(length),
    regressionActive: new Uint8Array(length),
    canary: byMetric(),
    control: byMetric(),
    thresholds: thresholds.map((): ThresholdSeries => ({
      estimate: filled(length),
      lower: filled(length),
      upper: filled(length),
      limit: filled(length),
      windowStart: filled(length),
    })),
  };
  // A run that reached its horizon filled every check: its arrays are handed over as they
  // are (the recorder writes no more), not copied (half a megabyte of a week's series).
  const cut = <T extends Float32Array | Float64Array | Uint8Array>(array: T, checks: number) =>
    checks >= array.length ? array : (array.slice(0, checks) as T);
  const cutRecord = (record: RunSeries['canary'], checks: number) =>
    Object.fromEntries(
      Object.entries(record).map(([metric, values]) => [metric, cut(values, checks)]),
    );
  return {
    series,
    trim(checks) {
      return {
        intervalMinutes: CHECK_INTERVAL_MINUTES,
        canaryShare: cut(series.canaryShare, checks),
        requestsPerMinute: cut(series.requestsPerMinute, checks),
        canaryRequests: cut(series.canaryRequests, checks),
        controlRequests: cut(series.controlRequests, checks),
        regressionActive: cut(series.regressionActive, checks),
        canary: cutRecord(series.canary, checks),
        control: cutRecord(series.control, checks),
        thresholds: series.thresholds.map((threshold) => ({
          estimate: cut(threshold.estimate, checks),
          lower: cut(threshold.lower, checks),
          upper: cut(threshold.upper, checks),
          limit: cut(threshold.limit, checks),
          windowStart: cut(threshold.windowStart, checks),
        })),
      };
    },
  };
}
