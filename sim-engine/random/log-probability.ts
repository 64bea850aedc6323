/**
 * Log probabilities of Poisson and binomial counts that stay accurate for counts near 1e12.
 *
 * The rejection samplers accept a candidate by comparing against its log probability. The naive
 * form k·log(mean) − mean − log(k!) subtracts numbers near 3e13 to get one near −15, and at mean
 * 1e12 comes out ~1e-4 off. Catherine Loader's saddle-point form ("Fast and accurate
 * computation of binomial probabilities", 2000) — the one R's dpois and dbinom use — avoids that
 * cancellation: it splits log(k!) into Stirling's formula plus a small error term and expresses the
 * remainder through the deviance term x·log(x/mean) + mean − x, which it computes directly.
 */

const LOG_TWO_PI = Math.log(2 * Math.PI);

// log(n!) − [(n + 1/2)·log(n) − n + log(2π)/2] for n = 0…15, from mpmath at 40 digits.
// Below 16 the asymptotic series is not accurate to double precision.
// n = 0 is a placeholder: Stirling's formula takes log(0) there, and no caller passes 0.
const STIRLING_ERROR_TABLE = [
  0, 0.08106146679532726, 0.0413406959554093, 0.02767792568499834, 0.020790672103765093,
  0.016644691189821193, 0.013876128823070748, 0.01189670994589177, 0.010411265261972096,
  0.009255462182712733, 0.00833056343336287, 0.007573675487951841, 0.00694284010720953,
  0.006408994188004207, 0.0059513701127588475, 0.005554733551962801,
];

// Coefficients of the Stirling series 1/(12n) − 1/(360n³) + 1/(1260n⁵) − 1/(1680n⁷) + 1/(1188n⁹).
const S0 = 1 / 12;
const S1 = 1 / 360;
const S2 = 1 / 1260;
const S3 = 1 / 1680;
const S4 = 1 / 1188;

/** log(n!) minus Stirling's approximation of it, for a whole number n ≥ 1. */
export function stirlingError(n: number): number {
  if (n <= 15) return STIRLING_ERROR_TABLE[n] ?? 0;
  const nSquared = n * n;
  // Fewer terms are needed as n grows; the cut-offs are Loader's.
  if (n > 500) return (S0 - S1 / nSquared) / n;
  if (n > 80) return (S0 - (S1 - S2 / nSquared) / nSquared) / n;
  if (n > 35) return (S0 - (S1 - (S2 - S3 / nSquared) / nSquared) / nSquared) / n;
  return (S0 - (S1 - (S2 - (S3 - S4 / nSquared) / nSquared) / nSquared) / nSquared) / n;
}

/** Counts below this have their log factorial in a table (see logPoissonProbabilityOfSmallCount). */
export const SMALL_COUNT_LIMIT = 1024;
const LOG_FACTORIAL_TABLE_SIZE = SMALL_COUNT_LIMIT;
const LOG_FACTORIAL_TABLE = buildLogFactorialTable();

function buildLogFactorialTable(): Float64Array {
  const table = new Float64Array(LOG_FACTORIAL_TABLE_SIZE);
  // Summing logs is exact enough while the sum is small; further up the per-entry Stirling
  // form avoids the rounding errors a running sum would accumulate.
  for (let k = 2; k <= 15; k++) table[k] = (table[k - 1] ?? 0) + Math.log(k);
  for (let k = 16; k < LOG_FACTORIAL_TABLE_SIZE; k++) table[k] = logFactorialByStirling(k);
  return table;
}

function logFactorialByStirling(k: number): number {
  return (k + 0.5) * Math.log(k) - k + 0.5 * LOG_TWO_PI + stirlingError(k);
}

/** log(k!) for a whole number k ≥ 0; a table lookup below 1024. */
export function logFactorial(k: number): number {
  return k < LOG_FACTORIAL_TABLE_SIZE ? (LOG_FACTORIAL_TABLE[k] ?? 0) : logFactorialByStirling(k);
}

/**
 * log P(X = count) for X ~ Poisson(mean) in the direct form, given log(mean); for count < 1024.
 * Its rounding error is ~1e-16·(mean + count·log(mean)): under 1e-12 when mean is near count,
 * and when mean is far above it the result is so negative that the error does not matter.
 * Several times faster than logPoissonProbability.
 */
export function logPoissonProbabilityOfSmallCount(
  count: number,
  mean: number,
  logMean: number,
): number {
  return count * logMean - mean - logFactorial(count);
}

/** x·log(x/mean) + mean − x (Loader's bd0), accurate even when x is close to mean. */
export function deviance(x: number, mean: number): number {
  if (x === 0) return mean;
  const difference = x - mean;
  if (Math.abs(difference) < 0.1 * (x + mean)) {
    // Near the mean the direct form cancels; this series in v = (x − mean)/(x + mean) does not.
    let ratio = difference / (x + mean);
    let sum = difference * ratio;
    let term = 2 * x * ratio;
    ratio *= ratio;
    for (let j = 1; j < 1000; j++) {
      term *= ratio;
      const next = sum + term / (2 * j + 1);
      if (next === sum) return next;
      sum = next;
    }
    return sum;
  }
  return x * Math.log(x / mean) + mean - x;
}

/** log P(X = count) for X ~ Poisson(mean), with count a whole number ≥ 0 and mean > 0. */
export function logPoissonProbability(count: number, mean: number): number {
  if (count === 0) return -mean;
  return -stirlingError(count) - deviance(count, mean) - 0.5 * (LOG_TWO_PI + Math.log(count));
}

/**
 * log P(X = successes) for X ~ Binomial(trials, probability); `failureProbability` is
 * 1 − probability, passed in so that callers that already hold it exactly do not round it again.
 */
export function logBinomialProbability(
  successes: number,
  trials: number,
  probability: number,
  failureProbability: number,
): number {
  if (successes === 0) return trials * Math.log1p(-probability);
  if (successes === trials) return trials * Math.log(probability);
  const failures = trials - successes;
  const stirlingTerms = stirlingError(trials) - stirlingError(successes) - stirlingError(failures);
  const devianceTerms =
    deviance(successes, trials * probability) + deviance(failures, trials * failureProbability);
  const logNormaliser = LOG_TWO_PI + Math.log(successes) + Math.log1p(-successes / trials);
  return stirlingTerms - devianceTerms - 0.5 * logNormaliser;
}
