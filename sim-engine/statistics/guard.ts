import type { ThresholdUnit } from '../domain/plan';
import { alphaPerTest } from './familyWise';
import {
  alwaysValidHalfWidth,
  alwaysValidInterval,
  defaultMixingVariance,
  logMixtureLikelihoodRatio,
} from './mixtureSprt';

/** Acts only on always-valid evidence; `alpha` is this one test's share of the plan's false-alarm budget. */
export interface SequentialGuard {
  readonly mode: 'sequential';
  readonly alpha: number;
  /** τ² of the mSPRT, in the threshold's units squared; defaults to `defaultMixingVariance`. */
  readonly mixingVariance?: number;
}

/** Acts on the point estimate alone, the way a dashboard alert does. */
export interface PointGuard {
  readonly mode: 'point';
}

export type Guard = SequentialGuard | PointGuard;

/** One periodic look at one threshold: the cumulative move since the stage began, larger = worse. */
export interface ThresholdCheck {
  /** Observed move in the bad direction, in the threshold's units. */
  readonly estimate: number;
  /** Sampling variance of `estimate`; not finite (or negative) means no usable data yet. */
  readonly variance: number;
  /** The largest tolerated move, in the same units. */
  readonly limit: number;
  /** Picks the floor of the default mixing variance. */
  readonly unit?: ThresholdUnit;
}

/** `inside` the limit; `amber`: beyond it but not proven; `breach`: proven beyond it. */
export type CheckVerdict = 'inside' | 'amber' | 'breach';

/** The guard a plan's `significance` asks for, with α split over every guarded metric in every guarded stage. */
export function guardForSignificance(
  significance: { readonly confidence: number } | null,
  metricCount: number,
  stageCount: number,
): Guard {
  if (significance === null) return { mode: 'point' };
  return {
    mode: 'sequential',
    alpha: alphaPerTest(significance.confidence, metricCount, stageCount),
  };
}

/** The mixing variance τ² a sequential guard uses for this threshold. */
export function mixingVarianceFor(
  threshold: Pick<ThresholdCheck, 'limit' | 'unit'>,
  guard: SequentialGuard,
): number {
  return guard.mixingVariance ?? defaultMixingVariance(threshold.limit, threshold.unit);
}

function checkGuard(guard: SequentialGuard, mixingVariance: number): void {
  if (!(guard.alpha > 0 && guard.alpha < 1)) {
    throw new RangeError(`alpha must be in (0, 1), got ${guard.alpha}`);
  }
  if (!(mixingVariance > 0 && Number.isFinite(mixingVariance))) {
    throw new RangeError(`mixing variance must be positive and finite, got ${mixingVariance}`);
  }
}

/** Whether a check carries data the guard can judge: a finite estimate with a finite, non-negative variance. */
export function hasUsableData(check: Pick<ThresholdCheck, 'estimate' | 'variance'>): boolean {
  return Number.isFinite(check.estimate) && Number.isFinite(check.variance) && check.variance >= 0;
}

/** Judges one look at one threshold: `inside`, `amber` or `breach`. Never a breach without data. */
export function judgeCheck(check: ThresholdCheck, guard: Guard): CheckVerdict {
  if (Number.isNaN(check.limit)) throw new RangeError('limit must be a number');
  if (!hasUsableData(check)) return 'inside';
  if (!(check.estimate > check.limit)) return 'inside';
  if (guard.mode === 'point') return 'breach';

  const mixingVariance = mixingVarianceFor(check, guard);
  checkGuard(guard, mixingVariance);
  // A zero variance next to a move beyond the limit comes from a degenerate plug-in
  // estimate (all or none of a handful of requests failed), not from certainty: it can
  // warn but must not roll a release back.
  if (check.variance === 0) return 'amber';
  // H0 is "true move ≤ limit". Testing its boundary point suffices: if the true move is
  // below the limit, an estimate far enough above the limit is even further above it.
  // Acting on one side of the two-sided mixture keeps the rate ≤ α, conservatively (about
  // α/3 over a week of 5-minute looks in simulation).
  const logRatio = logMixtureLikelihoodRatio(
    check.estimate,
    check.variance,
    check.limit,
    mixingVariance,
  );
  return logRatio >= Math.log(1 / guard.alpha) ? 'breach' : 'amber';
}

/**
 * The estimate from which a look with this variance is a breach: the limit itself in point
 * mode (strictly above), limit + always-valid half-width in sequential mode. Charts can draw
 * it; the power simulation uses it so both agree with `judgeCheck`.
 */
export function breachLevel(
  threshold: Pick<ThresholdCheck, 'variance' | 'limit' | 'unit'>,
  guard: Guard,
): number {
  if (guard.mode === 'point') return threshold.limit;
  const mixingVariance = mixingVarianceFor(threshold, guard);
  checkGuard(guard, mixingVariance);
  if (!(threshold.variance > 0)) return Number.POSITIVE_INFINITY;
  return threshold.limit + alwaysValidHalfWidth(threshold.variance, guard.alpha, mixingVariance);
}

/** The always-valid interval for the true move at this look (the whole line when there is no data). */
export function alwaysValidBounds(
  check: ThresholdCheck,
  guard: SequentialGuard,
): { readonly lower: number; readonly upper: number } {
  const mixingVariance = mixingVarianceFor(check, guard);
  checkGuard(guard, mixingVariance);
  if (!hasUsableData(check)) {
    return { lower: Number.NEGATIVE_INFINITY, upper: Number.POSITIVE_INFINITY };
  }
  return alwaysValidInterval(check.estimate, check.variance, guard.alpha, mixingVariance);
}
