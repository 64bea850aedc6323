import { logBinomialProbability } from './log-probability';

// BTRD is only valid from here up; below it inversion takes about as few steps.
const TRANSFORMED_REJECTION_MIN_MEAN = 10;

/** One exact Binomial(trials, probability) draw; trials is a whole number up to 2^53 − 1. */
export function sampleBinomial(uniform: () => number, trials: number, probability: number): number {
  if (!Number.isSafeInteger(trials) || trials < 0) {
    throw new RangeError(`Binomial trials must be a whole number ≥ 0, got ${trials}`);
  }
  // Written to be false for NaN too.
  if (!(probability >= 0 && probability <= 1)) {
    throw new RangeError(`Binomial probability must be in [0, 1], got ${probability}`);
  }
  if (trials === 0 || probability === 0) return 0;
  if (probability === 1) return trials;
  // Both algorithms need p ≤ 1/2. For p > 1/2, 1 − p is exact, so the reflection loses nothing.
  if (probability > 0.5) {
    return trials - sampleAtMostHalf(uniform, trials, 1 - probability, probability);
  }
  return sampleAtMostHalf(uniform, trials, probability, 1 - probability);
}

function sampleAtMostHalf(
  uniform: () => number,
  trials: number,
  probability: number,
  failureProbability: number,
): number {
  return trials * probability < TRANSFORMED_REJECTION_MIN_MEAN
    ? binomialByInversion(uniform, trials, probability, failureProbability)
    : binomialByTransformedRejection(uniform, trials, probability, failureProbability);
}

/** Sequential search of the cdf from 0: one uniform and about trials·p + 1 steps. */
function binomialByInversion(
  uniform: () => number,
  trials: number,
  probability: number,
  failureProbability: number,
): number {
  const odds = probability / failureProbability;
  const oddsTimesTrialsPlusOne = (trials + 1) * odds;
  // log1p keeps (1 − p)^n accurate when p is tiny and n huge (n = 1e12, p = 5e-12).
  const probabilityOfZero = Math.exp(trials * Math.log1p(-probability));
  for (;;) {
    let remaining = uniform();
    let term = probabilityOfZero;
    // Rounding can leave `remaining` a hair above the whole cdf; once the terms run out (past
    // `trials` or underflowed) that draw is spent and a fresh uniform decides.
    for (let count = 0; count <= trials && term > 0; count++) {
      if (remaining < term) return count;
      remaining -= term;
      // P(k + 1) / P(k) = (n − k)/(k + 1) · p/(1 − p), rearranged to one division.
      term *= oddsTimesTrialsPlusOne / (count + 1) - odds;
    }
  }
}

/**
 * BTRD from W. Hörmann, "The generation of binomial random variates", Journal of Statistical
 * Computation and Simulation 46 (1993) 101–110. Requires p ≤ 1/2 and n·p ≥ 10. Variable names
 * follow the paper. Step 1 returns after a single uniform for 26–40% of draws near n·p = 10 and
 * for 79% at large n·p.
 */
function binomialByTransformedRejection(
  uniform: () => number,
  n: number,
  p: number,
  q: number,
): number {
  // Step 0: set-up.
  const m = Math.floor((n + 1) * p);
  const r = p / q;
  const nr = (n + 1) * r;
  const npq = n * p * q;
  const sqrtNpq = Math.sqrt(npq);
  const b = 1.15 + 2.53 * sqrtNpq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const alpha = (2.83 + 5.1 / b) * sqrtNpq;
  const vR = 0.92 - 4.2 / b;
  const urvr = 0.86 * vR;
  // log f(m), needed only by the rare step 3.4, so computed at most once per call.
  let logModeProbability = Number.NaN;

  for (;;) {
    // Step 1: the centre of the hat, where the candidate is always accepted.
    let v = uniform();
    if (v <= urvr) {
      const u = v / vR - 0.43;
      return Math.floor(((2 * a) / (0.5 - Math.abs(u)) + b) * u + c);
    }
    // Step 2: a candidate from the rest of the hat.
    let u: number;
    if (v >= vR) {
      u = uniform() - 0.5;
    } else {
      u = v / vR - 0.93;
      u = (u < 0 ? -0.5 : 0.5) - u;
      v = uniform() * vR;
    }
    // Step 3.0.
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    v = (v * alpha) / (a / (us * us) + b);
    const km = Math.abs(k - m);
    if (km <= 15) {
      // Step 3.1: f(k)/f(m) by the recurrence, cheaper than logarithms this close to the mode.
      let f = 1;
      if (m < k) {
        for (let i = m + 1; i <= k; i++) f *= nr / i - r;
      } else {
        for (let i = k + 1; i <= m; i++) v *= nr / i - r;
      }
      if (v <= f) return k;
      continue;
    }
    // Step 3.2: squeeze on the normal approximation of log f(k)/f(m).
    v = Math.log(v);
    const rho = (km / npq) * (((km / 3 + 0.625) * km + 1 / 6) / npq + 0.5);
    const t = (-km * km) / (2 * npq);
    if (v < t - rho) return k;
    if (v > t + rho) continue;
    // Steps 3.3–3.4: compare with log f(k)/f(m) itself. The paper writes it with Stirling
    // corrections fc(·); this is the same quantity in the saddle-point form of
    // log-probability.ts, which stays exact to double precision for n up to 1e12.
    if (Number.isNaN(logModeProbability)) {
      logModeProbability = logBinomialProbability(m, n, p, q);
    }
    if (v <= logBinomialProbability(k, n, p, q) - logModeProbability) return k;
  }
}
