import type { ThresholdUnit } from '../../../sim-engine/index';

/** The raw per-interval readings of one metric for both versions, and the traffic behind them. */
export interface ArmReadings {
  readonly canary: ArrayLike<number>;
  readonly control: ArrayLike<number>;
  readonly canaryRequests: ArrayLike<number>;
  readonly controlRequests: ArrayLike<number>;
}

export interface ChangeSeries {
  /** New version minus old, in the unit, natural sign (NaN where there is nothing to compare). */
  readonly values: Float32Array;
  /**
   * The first interval without the old version (after full rollout there is none left to compare
   * with): from then on the move is read against its level from before, or null.
   */
  readonly frozenFrom: number | null;
  /** The old version's level used from `frozenFrom` on. */
  readonly frozenLevel: number | null;
  readonly windowIntervals: number;
}

/** Averaging window in intervals: an hour on long runs, less on short ones (never below one). */
export function smoothingWindow(intervals: number): number {
  return Math.max(1, Math.min(12, Math.round(intervals / 24)));
}

function weightedMean(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  from: number,
  to: number,
) {
  let sum = 0;
  let weight = 0;
  for (let i = Math.max(0, from); i <= to; i++) {
    const value = values[i] ?? Number.NaN;
    const w = weights[i] ?? 0;
    if (!Number.isFinite(value) || w <= 0) continue;
    sum += value * w;
    weight += w;
  }
  return weight > 0 ? sum / weight : Number.NaN;
}

function inUnit(canary: number, reference: number, unit: ThresholdUnit): number {
  if (unit === 'pct') return reference > 0 ? ((canary - reference) / reference) * 100 : Number.NaN;
  // Rates arrive in percent, so their difference is already in percentage points.
  return canary - reference;
}

/**
 * The new version's move against the old, averaged over a trailing window weighted by requests.
 * After the old version stops serving (full rollout) the move is read against the old version's
 * level over its last `window × 12` intervals, so the line goes on after the rollout.
 */
export function changeSeries(
  readings: ArmReadings,
  unit: ThresholdUnit,
  count: number,
  windowIntervals: number = smoothingWindow(count),
): ChangeSeries {
  const values = new Float32Array(count).fill(Number.NaN);
  let lastControl = -1;
  let frozenFrom: number | null = null;
  let frozenLevel: number | null = null;
  for (let i = 0; i < count; i++) {
    const from = i - windowIntervals + 1;
    const canary = weightedMean(readings.canary, readings.canaryRequests, from, i);
    let reference = weightedMean(readings.control, readings.controlRequests, from, i);
    if ((readings.controlRequests[i] ?? 0) > 0) lastControl = i;
    // Only once the old version serves nothing (full rollout), not while a check is skipped.
    const oldGone = (readings.controlRequests[i] ?? 0) <= 0;
    if (!Number.isFinite(reference) && oldGone && lastControl >= 0) {
      frozenLevel ??= weightedMean(
        readings.control,
        readings.controlRequests,
        lastControl - windowIntervals * 12 + 1,
        lastControl,
      );
      // The old version stopped serving right after its last interval with traffic.
      frozenFrom ??= lastControl + 1;
      reference = frozenLevel;
    }
    values[i] =
      Number.isFinite(canary) && Number.isFinite(reference)
        ? inUnit(canary, reference, unit)
        : Number.NaN;
  }
  return { values, frozenFrom, frozenLevel, windowIntervals };
}
