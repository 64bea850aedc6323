import { boundaryStandardErrors, MIXING_VARIANCE_FACTOR } from './mixtureSprt';
import { normalCdf } from './normalDistribution';

/*
 * The mixture boundary spends its α over infinitely many looks (Ville's inequality); a gate
 * looks at a window a known, finite number of times (every 5 minutes over its planned
 * length), and over those looks the boundary at level α is crossed far less often than α
 * (a 4 h stage at α = 0.045: 1.5 %). Here the mixture's level is raised until its exact
 * crossing probability over the window's looks, for a true move exactly at the limit, equals
 * the α the window was given: the same boundary shape, its α spent in full.
 *
 * The crossing probability is computed by the recursive numerical integration of Armitage,
 * McPherson & Rowe (JRSS A 1969), as in group-sequential designs (Jennison & Turnbull,
 * "Group sequential methods", 2000, ch. 19): the sum S_k of k equal, independent Gaussian
 * increments is carried look by look as a density on the paths not yet absorbed, on a
 * midpoint grid of a third of an increment's standard deviation anchored at the boundary.
 * The grid's error is a slight over-statement of the crossing probability (+0.5 % of it at
 * 288 looks, against a grid ten times finer), so the level found errs on the honest side.
 *
 * Information: the boundary at look k is the mixture's at r_k = τ²/V_k with τ² = factor × the
 * variance expected at the window's planned end, so look k sits at r_k = factor × its
 * information fraction. Looks equally spaced in information are assumed; reads spaced by
 * a daily traffic rhythm (swing 0.6) over 4 h and 24 h stages cross 0.0441–0.0455 for a
 * calibrated 0.045 (python reference), as long as τ² follows the expected traffic.
 */

/** Grid step in standard deviations of one look's increment. */
const GRID_STEP = 1 / 3;
/** Paths this many standard deviations (of the sum) below zero are dropped: they never return. */
const LOWEST = 6;
/** The Gaussian kernel is cut this many increment standard deviations from its centre. */
const KERNEL_REACH = 6.5;

/** A boundary this many standard errors out is never crossed (1e-33): the grid stops there. */
const FAR = 12;

const INVERSE_ROOT_TWO_PI = 1 / Math.sqrt(2 * Math.PI);

/**
 * P(the standardized sum Z_k = S_k / √k reaches boundary[k − 1] at some look k = 1…K) for
 * S_k a sum of k independent N(0, 1) increments: the crossing probability of a one-sided
 * sequential test over K equally informative looks at a true move exactly at its limit.
 */
export function crossingProbability(boundary: ArrayLike<number>): number {
  const looks = boundary.length;
  if (looks === 0) return 0;
  const first = Math.min(FAR, boundary[0] ?? FAR);
  let total = 1 - normalCdf(first);
  let upper = first;
  let weights = gridDensity(upper, 1, (s) => INVERSE_ROOT_TWO_PI * Math.exp(-0.5 * s * s));
  for (let k = 2; k <= looks; k++) {
    const next = Math.min(FAR, boundary[k - 1] ?? FAR) * Math.sqrt(k);
    total += absorbed(weights, upper, next);
    weights = propagate(weights, upper, next, k);
    upper = next;
  }
  return total;
}

/** Density × grid step at the midpoints below `upper`, down to LOWEST standard deviations of S_k. */
function gridDensity(upper: number, k: number, density: (s: number) => number): Float64Array {
  const count = Math.max(0, Math.ceil((upper + LOWEST * Math.sqrt(k)) / GRID_STEP));
  const weights = new Float64Array(count);
  for (let i = 0; i < count; i++) weights[i] = density(upper - (i + 0.5) * GRID_STEP) * GRID_STEP;
  return weights;
}

/** Mass of the surviving paths (points upper − (j + ½)·step) that the next look finds beyond `next`. */
function absorbed(weights: Float64Array, upper: number, next: number): number {
  let mass = 0;
  for (let j = 0; j < weights.length; j++) {
    const distance = next - upper + (j + 0.5) * GRID_STEP;
    if (distance > KERNEL_REACH + 2) break;
    mass += (weights[j] ?? 0) * (1 - normalCdf(distance));
  }
  return mass;
}

/**
 * The surviving density one increment later, below `next`: a convolution with the N(0, 1)
 * kernel. Both grids step by GRID_STEP from their boundaries, so the kernel depends only on
 * the index difference m = j − i and the boundaries' shift.
 */
function propagate(weights: Float64Array, upper: number, next: number, k: number): Float64Array {
  const shift = next - upper;
  const lowest = Math.ceil((-KERNEL_REACH - shift) / GRID_STEP);
  const highest = Math.floor((KERNEL_REACH - shift) / GRID_STEP);
  const kernel = new Float64Array(Math.max(0, highest - lowest + 1));
  for (let m = lowest; m <= highest; m++) {
    const x = shift + m * GRID_STEP;
    kernel[m - lowest] = INVERSE_ROOT_TWO_PI * Math.exp(-0.5 * x * x);
  }
  const count = Math.max(0, Math.ceil((next + LOWEST * Math.sqrt(k)) / GRID_STEP));
  const result = new Float64Array(count);
  const sources = weights.length;
  for (let i = 0; i < count; i++) {
    const from = Math.max(0, i + lowest);
    const to = Math.min(sources - 1, i + highest);
    let sum = 0;
    for (let j = from; j <= to; j++) sum += (weights[j] ?? 0) * (kernel[j - i - lowest] ?? 0);
    result[i] = sum * GRID_STEP;
  }
  return result;
}

/** The mixture's boundary in standard errors at each of `looks` equally informative looks. */
export function mixtureBoundary(level: number, looks: number, factor: number): Float64Array {
  const boundary = new Float64Array(looks);
  for (let k = 1; k <= looks; k++) {
    boundary[k - 1] = boundaryStandardErrors(level, (factor * k) / looks);
  }
  return boundary;
}

/**
 * Levels found, by factor, α and looks. Keyed by the numbers themselves: a window opens every
 * half hour or so, and a key written out as text cost more than the lookup.
 */
const calibrated = new Map<number, Map<number, Map<number, number>>>();

/**
 * The level at which the mixture boundary (τ² = factor × the planned end's variance) is
 * crossed with probability `alpha` over `looks` equally informative looks at the limit: at
 * least `alpha` (Ville's bound) and at most 0.5. Computed once per (alpha, looks) and kept.
 */
export function calibratedLevel(
  alpha: number,
  looks: number,
  factor: number = MIXING_VARIANCE_FACTOR,
): number {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  const lookCount = Math.max(1, Math.floor(looks));
  let byAlpha = calibrated.get(factor);
  if (!byAlpha) calibrated.set(factor, (byAlpha = new Map()));
  let byLooks = byAlpha.get(alpha);
  if (!byLooks) byAlpha.set(alpha, (byLooks = new Map()));
  const known = byLooks.get(lookCount);
  if (known !== undefined) return known;
  const level = solveLevel(alpha, lookCount, factor);
  byLooks.set(lookCount, level);
  return level;
}

/**
 * Regula falsi (Illinois) on log(level): the crossing probability rises smoothly with the
 * level, and 1 % of α is far below the figures' seed noise. The bracket's low end keeps the
 * promise exactly (crossing ≤ α), so it is the one returned.
 */
function solveLevel(alpha: number, looks: number, factor: number): number {
  // log(crossing / α) is close to linear in log(level): the false position converges in a
  // few evaluations.
  const gap = (logLevel: number) => {
    return Math.log(
      crossingProbability(mixtureBoundary(Math.exp(logLevel), looks, factor)) / alpha,
    );
  };
  let low = Math.log(alpha);
  // Finite schedules of a few to a few hundred looks land at 2–4 × α.
  let high = Math.log(Math.min(0.5, 4 * alpha));
  let gapHigh = gap(high);
  while (gapHigh <= 0 && high < Math.log(0.5)) {
    low = high;
    high = Math.min(Math.log(0.5), high + Math.LN2);
    gapHigh = gap(high);
  }
  if (gapHigh <= 0) return Math.exp(high);
  let gapLow = gap(low);
  if (gapLow >= 0) return Math.exp(low);
  let side = 0;
  for (let step = 0; step < 30 && gapLow < -0.005; step++) {
    const middle = (low * gapHigh - high * gapLow) / (gapHigh - gapLow);
    const gapMiddle = gap(middle);
    if (gapMiddle <= 0) {
      low = middle;
      gapLow = gapMiddle;
      if (side === -1) gapHigh /= 2;
      side = -1;
    } else {
      high = middle;
      gapHigh = gapMiddle;
      if (side === 1) gapLow /= 2;
      side = 1;
    }
  }
  return Math.exp(low);
}
