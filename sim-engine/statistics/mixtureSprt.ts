import type { ThresholdUnit } from '../domain/plan';

/*
 * The normal-mixture sequential probability ratio test (mSPRT; Robbins 1970; Johari,
 * Pekelis & Walsh, "Always valid inference", 2017/2022) in its Gaussian form.
 *
 * The guard peeks at a cumulative estimate every 5 minutes for up to days; a fixed-sample
 * z-test at each peek would false-alarm almost surely in the long run. The mixture
 * likelihood ratio against "true move = h",
 *
 *   Λ = sqrt(V / (V + τ²)) · exp(τ² (θ̂ − h)² / (2 V (V + τ²))),
 *
 * is the likelihood ratio of the data under "true move ~ N(h, τ²)" versus "true move = h".
 * Under h it is a non-negative martingale with mean 1 in information time, so by Ville's
 * inequality P(Λ ever ≥ 1/α) ≤ α however often and however long we look. That holds for
 * any sequence of looks as long as V is the variance of a cumulative estimate (information
 * only grows), which is how the engine accumulates data within a stage.
 */

/**
 * The smallest move in the bad direction worth catching, per unit, used as the floor of
 * the default mixing spread: a threshold of 0 would otherwise give τ² = 0, a mixture
 * concentrated on the null that can never reject.
 * `pp`: a tenth of a percentage point (error rates sit around 0.1–1 %);
 * `pct`: 1 % relative (conversion-style metrics);
 * `ms`: 20 ms of tail latency.
 */
const SMALLEST_MOVE_WORTH_CATCHING: Readonly<Record<ThresholdUnit, number>> = {
  pp: 0.1,
  pct: 1,
  ms: 20,
};

/**
 * The default mixing variance τ² for a threshold: (max(|limit|, smallest move worth catching))².
 *
 * Why: the mSPRT is most powerful for true excesses over the limit of about τ (it stops when
 * the excess is ≈ 3 standard errors, at which point τ²/V ≈ 10, the flat optimum of its
 * boundary). A release that overshoots the tolerated move by about the tolerated move
 * itself is the "clearly bad" case a guard exists for, so τ = limit. Erring large is cheap:
 * the boundary grows only like sqrt(log(τ²/V)) when τ is too big, but like sqrt(V/τ²) when
 * too small, hence a floor rather than a cap. Without a unit the floor is one unit.
 */
export function defaultMixingVariance(limit: number, unit?: ThresholdUnit): number {
  const floor = unit === undefined ? 1 : SMALLEST_MOVE_WORTH_CATCHING[unit];
  const spread = Math.max(Math.abs(limit), floor);
  return spread * spread;
}

/** Natural log of the mixture likelihood ratio Λ against "true move = hypothesis"; needs variance > 0. */
export function logMixtureLikelihoodRatio(
  estimate: number,
  variance: number,
  hypothesis: number,
  mixingVariance: number,
): number {
  const total = variance + mixingVariance;
  const distance = estimate - hypothesis;
  return (
    0.5 * Math.log(variance / total) +
    (mixingVariance * distance * distance) / (2 * variance * total)
  );
}

/**
 * Half-width of the always-valid interval: the hypotheses h with Λ(h) < 1/α are exactly
 * those with |θ̂ − h| below this, i.e. (θ̂ − h)² < V(V + τ²)/τ² · (2 ln(1/α) + ln(1 + τ²/V)).
 */
export function alwaysValidHalfWidth(
  variance: number,
  alpha: number,
  mixingVariance: number,
): number {
  if (variance === 0) return 0;
  if (!Number.isFinite(variance)) return Number.POSITIVE_INFINITY;
  const ratio = mixingVariance / variance;
  // log1p keeps the small-τ² end accurate; V(V + τ²)/τ² = V (1 + 1/ratio).
  const squared = variance * (1 + 1 / ratio) * (2 * Math.log(1 / alpha) + Math.log1p(ratio));
  return Math.sqrt(squared);
}

/** Bounds of the always-valid (1 − α) confidence sequence around an estimate: true move is inside at every look, with probability ≥ 1 − α. */
export function alwaysValidInterval(
  estimate: number,
  variance: number,
  alpha: number,
  mixingVariance: number,
): { readonly lower: number; readonly upper: number } {
  const halfWidth = alwaysValidHalfWidth(variance, alpha, mixingVariance);
  return { lower: estimate - halfWidth, upper: estimate + halfWidth };
}
