import {
  logPoissonProbability,
  logPoissonProbabilityOfSmallCount,
  SMALL_COUNT_LIMIT,
} from './log-probability';

/** Largest Poisson mean accepted: its draws stay far inside the doubles that hold whole numbers exactly. */
export const MAX_POISSON_MEAN = 2 ** 50;

// Below this mean inversion takes fewer steps than PTRS's setup costs; PTRS is only valid above it.
const TRANSFORMED_REJECTION_MIN_MEAN = 10;

/** One exact Poisson(mean) draw: inversion below mean 10, Hörmann's PTRS from 10 up. */
export function samplePoisson(uniform: () => number, mean: number): number {
  // Written to be false for NaN too.
  if (!(mean >= 0 && mean <= MAX_POISSON_MEAN)) {
    throw new RangeError(`Poisson mean must be in [0, ${MAX_POISSON_MEAN}], got ${mean}`);
  }
  if (mean === 0) return 0;
  return mean < TRANSFORMED_REJECTION_MIN_MEAN
    ? poissonByInversion(uniform, mean)
    : poissonByTransformedRejection(uniform, mean);
}

/** Sequential search of the cdf from 0: one uniform and about mean + 1 steps. */
function poissonByInversion(uniform: () => number, mean: number): number {
  const probabilityOfZero = Math.exp(-mean);
  for (;;) {
    let remaining = uniform();
    let probability = probabilityOfZero;
    // Rounding can leave `remaining` a hair above the whole cdf; once the terms underflow to
    // 0 that draw is spent and a fresh uniform decides (probability ~1e-16, no bias worth naming).
    for (let count = 0; probability > 0; count++) {
      if (remaining < probability) return count;
      remaining -= probability;
      probability *= mean / (count + 1);
    }
  }
}

/**
 * PTRS from W. Hörmann, "The transformed rejection method for generating Poisson random
 * variables", Insurance: Mathematics and Economics 12 (1993) 39–45. Variable names follow the
 * paper. Each candidate costs two uniforms; the first test accepts 35% of them at mean 10 and
 * 80% at large means, and most of the rest need a log probability.
 */
function poissonByTransformedRejection(uniform: () => number, mean: number): number {
  const b = 0.931 + 2.53 * Math.sqrt(mean);
  const a = -0.059 + 0.02483 * b;
  const inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vR = 0.9277 - 3.6224 / (b - 2);
  // Needed only after the first test fails, so computed then, at most once per call.
  let logMean = Number.NaN;
  for (;;) {
    const u = uniform() - 0.5;
    const v = uniform();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vR) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    // The paper's right-hand side is log P(k) = −mean + k·log(mean) − log(k!). That direct form
    // loses precision to cancellation once k is large, so large counts use the saddle-point form.
    let logProbability: number;
    if (k < SMALL_COUNT_LIMIT) {
      if (Number.isNaN(logMean)) logMean = Math.log(mean);
      logProbability = logPoissonProbabilityOfSmallCount(k, mean, logMean);
    } else {
      logProbability = logPoissonProbability(k, mean);
    }
    if (Math.log((v * inverseAlpha) / (a / (us * us) + b)) <= logProbability) return k;
  }
}
