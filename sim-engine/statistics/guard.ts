import type { ThresholdUnit } from '../domain/plan';
import { alphaPerTest } from './familyWise';
import { tabulatedBoundaryStandardErrors } from './boundaryTable';
import { defaultMixingVariance, logOneSidedRatio, oneSidedHalfWidth } from './mixtureSprt';

/**
 * Acts only on always-valid evidence. `alpha` is one test's false-alarm rate; `mixingVariance`
 * its τ² (the gates fix it per window; without it, `defaultMixingVariance`).
 */
export interface SequentialGuard {
  readonly mode: 'sequential';
  readonly alpha: number;
  readonly mixingVariance?: number;
  /** ln(1/α), where the caller keeps it (a window's test is read at every check). */
  readonly logLevel?: number;
}

/** Acts on the point estimate alone, the way a dashboard alert does. */
export interface PointGuard {
  readonly mode: 'point';
}

export type Guard = SequentialGuard | PointGuard;

/** One periodic look at one threshold: the cumulative move over a window, larger = worse. */
export interface ThresholdCheck {
  /** Observed move in the bad direction, in the threshold's units. */
  readonly estimate: number;
  /** Sampling variance of `estimate`; not finite (or negative) means no usable data yet. */
  readonly variance: number;
  /** The largest tolerated move, in the same units. */
  readonly limit: number;
  /** Picks the fallback mixing variance when the guard sets none. */
  readonly unit?: ThresholdUnit;
}

/** `inside` the limit; `amber`: beyond it but not proven; `breach`: proven beyond it. */
export type CheckVerdict = 'inside' | 'amber' | 'breach';

/**
 * The guard a plan's `significance` asks for: `alpha` is one guarded metric's share of one
 * guarded stage (see familyWise.ts), before the gates split it over that stage's windows.
 */
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

/**
 * How far past its bar the evidence of a move above the limit is: log Λ₊(limit) − ln(1/α),
 * ≥ 0 exactly when the check is a breach. −∞ without usable data.
 */
export function breachEvidence(check: ThresholdCheck, guard: SequentialGuard): number {
  const mixingVariance = mixingVarianceFor(check, guard);
  checkGuard(guard, mixingVariance);
  if (!hasUsableData(check) || !(check.variance > 0)) return Number.NEGATIVE_INFINITY;
  const logRatio = logOneSidedRatio(check.estimate, check.variance, check.limit, mixingVariance);
  return logRatio - (guard.logLevel ?? Math.log(1 / guard.alpha));
}

/** Judges one look at one threshold: `inside`, `amber` or `breach`. Never a breach without data. */
export function judgeCheck(check: ThresholdCheck, guard: Guard): CheckVerdict {
  if (Number.isNaN(check.limit)) throw new RangeError('limit must be a number');
  if (!hasUsableData(check)) return 'inside';
  if (!(check.estimate > check.limit)) return 'inside';
  if (guard.mode === 'point') return 'breach';
  // A zero variance next to a move beyond the limit comes from a degenerate plug-in
  // estimate (all or none of a handful of requests failed), not from certainty: it can
  // warn but must not roll a release back.
  if (check.variance === 0) {
    checkGuard(guard, mixingVarianceFor(check, guard));
    return 'amber';
  }
  // H0 is "true move ≤ limit". Testing its boundary point suffices: if the true move is
  // below the limit, Λ₊ against the limit is even smaller than against the true move.
  return breachEvidence(check, guard) >= 0 ? 'breach' : 'amber';
}

/**
 * Whether the always-valid evidence proves the true move below the limit (non-inferiority):
 * the mirror-image test of a breach, at the same α. Point mode: the estimate is inside.
 */
export function provenInside(check: ThresholdCheck, guard: Guard): boolean {
  if (!hasUsableData(check)) return false;
  if (guard.mode === 'point') return check.estimate <= check.limit;
  if (!(check.variance > 0)) return false;
  const mixingVariance = mixingVarianceFor(check, guard);
  checkGuard(guard, mixingVariance);
  const logRatio = logOneSidedRatio(
    check.estimate,
    check.variance,
    check.limit,
    mixingVariance,
    -1,
  );
  return logRatio >= Math.log(1 / guard.alpha);
}

/**
 * The estimate from which a look with this variance is a breach: the limit itself in point
 * mode (strictly above), limit + one-sided always-valid half-width in sequential mode. The
 * power simulation uses it so both agree with `judgeCheck`.
 */
export function breachLevel(
  threshold: Pick<ThresholdCheck, 'variance' | 'limit' | 'unit'>,
  guard: Guard,
): number {
  if (guard.mode === 'point') return threshold.limit;
  const mixingVariance = mixingVarianceFor(threshold, guard);
  checkGuard(guard, mixingVariance);
  if (!(threshold.variance > 0)) return Number.POSITIVE_INFINITY;
  return threshold.limit + oneSidedHalfWidth(threshold.variance, guard.alpha, mixingVariance);
}

/**
 * The always-valid interval for the true move at this look: each end a one-sided (1 − α)
 * confidence sequence (the whole line when there is no data).
 */
export function alwaysValidBounds(
  check: ThresholdCheck,
  guard: SequentialGuard,
): { readonly lower: number; readonly upper: number } {
  const halfWidth = alwaysValidHalfWidth(check, guard);
  if (halfWidth === Number.POSITIVE_INFINITY) {
    return { lower: Number.NEGATIVE_INFINITY, upper: Number.POSITIVE_INFINITY };
  }
  return { lower: check.estimate - halfWidth, upper: check.estimate + halfWidth };
}

/**
 * The half-width of `alwaysValidBounds` (+∞ when there is no data), for the charts, which
 * draw it at every look of every line: no object per look.
 */
export function alwaysValidHalfWidth(check: ThresholdCheck, guard: SequentialGuard): number {
  const mixingVariance = mixingVarianceFor(check, guard);
  checkGuard(guard, mixingVariance);
  if (!hasUsableData(check)) return Number.POSITIVE_INFINITY;
  // The boundary read from its table (boundaryTable.ts).
  return check.variance === 0
    ? 0
    : Math.sqrt(check.variance) *
        tabulatedBoundaryStandardErrors(guard.alpha, mixingVariance / check.variance);
}
