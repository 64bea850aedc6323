import type { ThresholdUnit } from '../domain/plan';
import { logNormalCdf } from './normalDistribution';

/*
 * A one-sided normal-mixture sequential probability ratio test (mSPRT; Robbins 1970;
 * Johari, Pekelis & Walsh, "Always valid inference", Operations Research 2022; Howard,
 * Ramdas, McAuliffe & Sekhon, "Time-uniform, nonparametric, nonasymptotic confidence
 * sequences", Annals of Statistics 2021, §3 on one-sided mixtures).
 *
 * The guard peeks at a cumulative estimate θ̂ (variance V) every 5 minutes; a fixed-sample
 * z-test at each peek would false-alarm almost surely in the long run. Against "true move =
 * h" the ratio mixed over excesses θ − h ~ half-normal(τ) on the bad side only,
 *
 *   Λ₊ = 2 · sqrt(V / (V + τ²)) · exp(τ² d² / (2 V (V + τ²))) · Φ(τ d / sqrt(V (V + τ²))),
 *   d = θ̂ − h,
 *
 * is a mixture of likelihood ratios, hence a non-negative martingale with mean 1 under h in
 * information time; by Ville's inequality P(Λ₊ ever ≥ 1/α) ≤ α however often we look. Being
 * one-sided it spends all of α where a guard acts (a breach is a move *above* the limit),
 * where the two-sided mixture wasted half. The mirror image (d = h − θ̂) proves a move
 * *below* a limit: a metric hold's "inside its limit" with the same promise.
 *
 * In units of the standard error, z = d / √V and r = τ² / V:
 *   log Λ₊ = ln 2 − ½ ln(1 + r) + r z² / (2 (1 + r)) + ln Φ(z · sqrt(r / (1 + r))),
 * increasing in z, so the boundary is a number of standard errors that depends on r alone.
 */

/** Natural log of the one-sided mixture ratio Λ₊ for a standardized distance z at τ²/V = r. */
function logRatioStandardized(z: number, r: number): number {
  const k = Math.sqrt(r / (1 + r));
  return Math.LN2 - 0.5 * Math.log1p(r) + (r * z * z) / (2 * (1 + r)) + logNormalCdf(k * z);
}

/**
 * Natural log of Λ₊ against "true move = hypothesis", for evidence that the move is above it
 * (`side` 1) or below it (`side` −1). Needs variance > 0 and mixingVariance > 0.
 */
export function logOneSidedRatio(
  estimate: number,
  variance: number,
  hypothesis: number,
  mixingVariance: number,
  side: 1 | -1 = 1,
): number {
  const z = (side * (estimate - hypothesis)) / Math.sqrt(variance);
  return logRatioStandardized(z, mixingVariance / variance);
}

/**
 * The number of standard errors z at which Λ₊ reaches 1/α: Newton's method from the root of
 * the bound without its Φ term (ln Φ ≤ 0, so that start lies at or below the root and the
 * convex-enough log ratio is approached from below).
 */
export function boundaryStandardErrors(
  alpha: number,
  ratio: number,
  /** A start close to the root (within ~1e-6): one step then lands within rounding of it. */
  start = Number.NaN,
): number {
  return boundaryAtLogLevel(Math.log(1 / alpha), ratio, start);
}

/** `boundaryStandardErrors` for `target` = ln(1/α), computed by the caller once per α. */
export function boundaryAtLogLevel(target: number, ratio: number, start = Number.NaN): number {
  const k = Math.sqrt(ratio / (1 + ratio));
  let z = Number.isNaN(start)
    ? Math.sqrt(
        Math.max(0, ((1 + ratio) / ratio) * (2 * target - 2 * Math.LN2 + Math.log1p(ratio))),
      )
    : start;
  const steps = Number.isNaN(start) ? 20 : 1;
  // logRatioStandardized written out, its constant part hoisted and ln Φ(k z) computed once
  // per step for the ratio and the slope alike (the same operations in the same order).
  const constant = Math.LN2 - 0.5 * Math.log1p(ratio);
  for (let step = 0; step < steps; step++) {
    const x = k * z;
    const logCdf = logNormalCdf(x);
    const gap = constant + (ratio * z * z) / (2 * (1 + ratio)) + logCdf - target;
    if (Math.abs(gap) < 1e-12) break;
    const millsTerm = (k * Math.exp(-0.5 * x * x - logCdf)) / Math.sqrt(2 * Math.PI);
    const slope = (ratio * z) / (1 + ratio) + millsTerm;
    z -= gap / slope;
  }
  return z;
}

/**
 * Half-width of each side of the always-valid interval: the true move is below
 * θ̂ + halfWidth at every look with probability ≥ 1 − α, and above θ̂ − halfWidth likewise.
 */
export function oneSidedHalfWidth(variance: number, alpha: number, mixingVariance: number): number {
  if (variance === 0) return 0;
  if (!Number.isFinite(variance)) return Number.POSITIVE_INFINITY;
  return Math.sqrt(variance) * boundaryStandardErrors(alpha, mixingVariance / variance);
}

/**
 * τ² is this many times the variance the estimate is expected to reach at the end of the
 * window it reads. The bound in standard errors at the window's end is flat around
 * τ²/V ≈ 5–20 (3.97, 3.86, 3.84 SE for r = 4, 10, 20 at α = 0.002) and grows quickly below
 * r ≈ 1. Measured with the power helper's random walks at a move a fixed z-test catches 90 %
 * of the time (α = 0.04 over a 4 h hold): power 0.52, 0.58, 0.63, 0.63, 0.64 for factors 2,
 * 3, 5, 8, 12. Ten sits on the flat top while halfway through a window (r ≈ 5) still sharp.
 */
export const MIXING_VARIANCE_FACTOR = 10;

/**
 * τ² for a window, fixed at its first usable look: the variance then, scaled down to the
 * window's planned end by the share of the window's expected information the first look
 * holds (its share of the expected traffic: a first look at night holds less of a day than
 * its minutes say), times MIXING_VARIANCE_FACTOR. It depends on how much data the first look
 * held, not on which way its estimate pointed, and stays fixed for the rest of the window.
 */
export function mixingVarianceForWindow(firstVariance: number, firstShare: number): number {
  return MIXING_VARIANCE_FACTOR * firstVariance * Math.min(1, Math.max(0, firstShare));
}

/**
 * The smallest move in the bad direction worth catching, per unit: the fallback spread when
 * a caller gives no τ² (questions asked without a window).
 */
const SMALLEST_MOVE_WORTH_CATCHING: Readonly<Record<ThresholdUnit, number>> = {
  pp: 0.1,
  pct: 1,
  ms: 20,
};

/** A fallback τ² for a threshold asked about without a window: (max(|limit|, smallest move))². */
export function defaultMixingVariance(limit: number, unit?: ThresholdUnit): number {
  const floor = unit === undefined ? 1 : SMALLEST_MOVE_WORTH_CATCHING[unit];
  const spread = Math.max(Math.abs(limit), floor);
  return spread * spread;
}
