import type { ThresholdUnit } from '../domain/plan';
import { createSampler } from '../random/samplers';
import { createStreamFactory } from '../random/stream';
import type { Guard } from './guard';
import { breachLevel, judgeCheck } from './guard';
import { normalCdf } from './normalDistribution';

/*
 * How likely is a stage to catch a release that really is worse than the limit?
 *
 * Within a stage the estimate is cumulative, so at check k (t = k · interval minutes) it is
 *   θ̂_k = effect + sqrt(V₁) · W_k / k,   V₁ = variancePerMinute / interval,
 * with W a standard random walk of independent Gaussian increments (Var W_k = k): exactly
 * the Gaussian approximation the guard itself uses. A check breaches when θ̂_k reaches the
 * guard's breach level b_k, i.e. when W_k ≥ c_k = k (b_k − effect) / sqrt(V₁).
 *
 * Walking all checks of a 3-day hold for 2000 paths would cost 1.7 M normal draws. Instead
 * each path is built top-down (Lévy's construction): draw W at the last check, then fill in
 * midpoints from the Brownian bridge only where a breach is still plausible. c_k is concave
 * in k (linear drift plus the geometric mean of a linear and a log term), so the chord
 * between two known points lies below the boundary, and the chance that the bridge between
 * them touches even that chord is exp(−2 d_a d_b / (b − a)) (d = distance below the
 * boundary at each end). When that is below 1e-9 the gap is skipped, so the result is the
 * exact discrete-check probability up to a bias under 1e-7 per path (a path skips fewer
 * than 100 gaps). For "any breach within the hold" a path whose last check is already
 * beyond the boundary needs nothing more; the others cost ~10–50 draws.
 */

/** A bridge gap is skipped when the chance it hides a breach is below e^−SKIP_EXPONENT = 1e-9. */
const SKIP_EXPONENT = -Math.log(1e-9);
const DEFAULT_PATH_COUNT = 2000;
const DEFAULT_SEED = 'canary-coach/detection-power';
const DEFAULT_CHECK_EVERY_MINUTES = 5;
const FOURTEEN_DAYS_IN_MINUTES = 14 * 24 * 60;

/** A stage's guard, its information and the true effect to catch. */
export interface DetectionQuestion {
  /** The true move in the bad direction, in the threshold's units. */
  readonly effect: number;
  readonly limit: number;
  readonly unit?: ThresholdUnit;
  /** Variance of the cumulative estimate after t minutes is variancePerMinute / t. */
  readonly variancePerMinute: number;
  readonly guard: Guard;
  /** Minutes between checks; 5 by default. */
  readonly checkEveryMinutes?: number;
  /** Simulated paths; 2000 by default (Monte Carlo error ≈ ±1 point). */
  readonly pathCount?: number;
  /** Seed of the simulation's own stream, so the answer is reproducible. */
  readonly seed?: number | string;
  /**
   * The variance per minute the gate itself computes when its estimate is `estimate`. A
   * gate that plugs the observed rate into its variance asks for more evidence exactly
   * when the estimate is high; without this the boundary uses `variancePerMinute`.
   */
  readonly gateVariancePerMinute?: (estimate: number) => number;
}

function checkInterval(question: DetectionQuestion): number {
  const interval = question.checkEveryMinutes ?? DEFAULT_CHECK_EVERY_MINUTES;
  if (!(interval > 0 && Number.isFinite(interval))) {
    throw new RangeError(`check interval must be positive, got ${interval}`);
  }
  return interval;
}

/** Checks that fit in a hold: the first one comes one interval after the stage starts. */
function checksWithin(holdMinutes: number, interval: number): number {
  if (!(holdMinutes >= 0)) throw new RangeError(`hold must be ≥ 0 minutes, got ${holdMinutes}`);
  // The epsilon absorbs float noise such as 0.1 · 3 / 0.1.
  return Math.floor(holdMinutes / interval + 1e-9);
}

/**
 * The estimate from which check k breaches. With a plug-in gate variance the level solves
 * level = limit + half-width(variance at level): a fixed point reached by iteration, since
 * the half-width grows slowly with the variance.
 */
function gateBreachLevel(question: DetectionQuestion, variance: number, k: number): number {
  const { limit, unit, guard, gateVariancePerMinute } = question;
  const threshold = (at: number) => ({
    variance: at,
    limit,
    ...(unit === undefined ? {} : { unit }),
  });
  let level = breachLevel(threshold(variance), guard);
  if (!gateVariancePerMinute || guard.mode === 'point' || !Number.isFinite(level)) return level;
  const minutes = k * (question.checkEveryMinutes ?? DEFAULT_CHECK_EVERY_MINUTES);
  for (let step = 0; step < 12; step++) {
    const next = breachLevel(threshold(gateVariancePerMinute(level) / minutes), guard);
    if (Math.abs(next - level) < 1e-9 * Math.max(1, Math.abs(level))) return next;
    level = next;
  }
  return level;
}

/** c_0 … c_K: the breach boundary for the random walk W at each check (c_0 is its limit as k → 0). */
function walkBoundary(question: DetectionQuestion, checkCount: number, firstVariance: number) {
  const { effect } = question;
  const scale = Math.sqrt(firstVariance);
  const boundary = new Float64Array(checkCount + 1);
  // c_0 = 0 lies below the true limit of the boundary as k → 0 (positive), so the chord
  // from it under-states the boundary and the first gap is searched rather than skipped.
  boundary[0] = 0;
  for (let k = 1; k <= checkCount; k++) {
    const level = gateBreachLevel(question, firstVariance / k, k);
    boundary[k] = (k * (level - effect)) / scale;
  }
  return boundary;
}

/**
 * For each path, a breaching check number (1-based) or 0 if none within `checkCount`.
 * With `earliest` it is the first breach; without, any breach will do, which lets a path
 * that ends beyond the boundary stop after a single draw.
 */
function simulateBreaches(
  question: DetectionQuestion,
  checkCount: number,
  earliest: boolean,
): Int32Array {
  const pathCount = question.pathCount ?? DEFAULT_PATH_COUNT;
  if (!(Number.isInteger(pathCount) && pathCount > 0)) {
    throw new RangeError(`path count must be a positive integer, got ${pathCount}`);
  }
  const breaches = new Int32Array(pathCount);
  const variancePerMinute = question.variancePerMinute;
  if (Number.isNaN(variancePerMinute) || variancePerMinute <= 0) {
    throw new RangeError(`variancePerMinute must be positive, got ${variancePerMinute}`);
  }
  // No traffic, no information: nothing can ever be proven (or even estimated).
  if (checkCount === 0 || variancePerMinute === Number.POSITIVE_INFINITY) return breaches;

  const boundary = walkBoundary(question, checkCount, variancePerMinute / checkInterval(question));
  const at = (k: number) => boundary[k] ?? Number.NaN;
  const stream = createStreamFactory(question.seed ?? DEFAULT_SEED)('statistics/detection-power');
  const normal = createSampler(stream).normal;

  // First breach strictly between checks a and b, given W_a = wa and W_b = wb; −1 if none.
  const search = (a: number, wa: number, b: number, wb: number): number => {
    if (b - a < 2) return -1;
    const gapA = at(a) - wa;
    const gapB = at(b) - wb;
    if (gapA > 0 && gapB > 0 && (2 * gapA * gapB) / (b - a) > SKIP_EXPONENT) return -1;
    const m = (a + b) >>> 1;
    const wm =
      wa + ((m - a) / (b - a)) * (wb - wa) + Math.sqrt(((m - a) * (b - m)) / (b - a)) * normal();
    // Left first, so the earliest breach wins.
    const left = search(a, wa, m, wm);
    if (left >= 0) return left;
    if (wm >= at(m)) return m;
    return search(m, wm, b, wb);
  };

  for (let path = 0; path < pathCount; path++) {
    const wEnd = Math.sqrt(checkCount) * normal();
    const endBreaches = wEnd >= at(checkCount);
    if (endBreaches && !earliest) {
      breaches[path] = checkCount;
      continue;
    }
    const inner = search(0, 0, checkCount, wEnd);
    breaches[path] = inner >= 0 ? inner : endBreaches ? checkCount : 0;
  }
  return breaches;
}

/** Probability that the guard declares a breach within `holdMinutes` of checks (Monte Carlo, deterministic per seed). */
export function detectionProbability(
  question: DetectionQuestion & { readonly holdMinutes: number },
): number {
  const checkCount = checksWithin(question.holdMinutes, checkInterval(question));
  const breaches = simulateBreaches(question, checkCount, false);
  let caught = 0;
  for (const check of breaches) if (check > 0) caught++;
  return caught / breaches.length;
}

/**
 * The shortest hold, in minutes on the check grid, whose detection probability reaches
 * `target` (0.8 by default); `null` if even `maxHoldMinutes` (14 days by default) falls short.
 */
export function holdForPower(
  question: DetectionQuestion & {
    readonly target?: number;
    readonly maxHoldMinutes?: number;
  },
): number | null {
  const target = question.target ?? 0.8;
  if (!(target > 0 && target <= 1)) throw new RangeError(`target must be in (0, 1], got ${target}`);
  const interval = checkInterval(question);
  const maxChecks = checksWithin(question.maxHoldMinutes ?? FOURTEEN_DAYS_IN_MINUTES, interval);
  // One simulation to the longest hold answers every shorter hold: a path caught by check k
  // is caught in every hold of at least k checks.
  const firstBreaches = simulateBreaches(question, maxChecks, true);
  const needed = Math.ceil(target * firstBreaches.length - 1e-9);
  const sorted = Array.from(firstBreaches, (first) => (first > 0 ? first : Infinity)).sort(
    (x, y) => x - y,
  );
  const checks = sorted[needed - 1] ?? Infinity;
  return Number.isFinite(checks) ? checks * interval : null;
}

/** Exact probability that a single look with this variance is judged a breach: the analytic cross-check of the simulation. */
export function singleLookDetectionProbability(question: {
  readonly effect: number;
  readonly limit: number;
  readonly unit?: ThresholdUnit;
  readonly variance: number;
  readonly guard: Guard;
}): number {
  const { effect, limit, unit, variance, guard } = question;
  const threshold = { limit, ...(unit === undefined ? {} : { unit }) };
  if (!(variance > 0 && Number.isFinite(variance))) {
    // Degenerate looks: the estimate is the effect itself (or absent); ask the guard.
    const verdict = judgeCheck({ ...threshold, estimate: effect, variance }, guard);
    return verdict === 'breach' ? 1 : 0;
  }
  const level = breachLevel({ ...threshold, variance }, guard);
  return normalCdf((effect - level) / Math.sqrt(variance));
}
