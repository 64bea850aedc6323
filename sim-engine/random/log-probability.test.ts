import { describe, it, expect } from 'vitest';
import {
  logBinomialProbability,
  logFactorial,
  logPoissonProbability,
  logPoissonProbabilityOfSmallCount,
  SMALL_COUNT_LIMIT,
} from './log-probability';
import reference from './reference/reference.json';

// The references are mpmath values at 60 digits (reference/make-reference.py).
const TOLERANCE = 1e-12;
const EPSILON = Number.EPSILON;

/**
 * How far log P may be from the exact value for these parameters in double precision. Besides
 * a relative 1e-12, rounding the mean (n·p, or p itself) to a double already moves log P by about
 * ε·|count − mean|/(1 − p): 1e-10 at n = 1e12, still far below what 32-bit uniforms resolve.
 */
function tolerance(logProbability: number, count: number, mean: number, failureProbability = 1) {
  const parameterRounding = (2 * EPSILON * Math.abs(count - mean)) / failureProbability;
  return TOLERANCE * Math.max(1, Math.abs(logProbability)) + parameterRounding;
}

// Loupe prints 0 as "+0" in test titles; strings read better.
const poissonPoints = reference.poissonLogProbability.map((point) => ({
  ...point,
  label: String(point.count),
}));
const binomialPoints = reference.binomialLogProbability.map((point) => ({
  ...point,
  label: String(point.successes),
}));

describe('log probabilities', () => {
  it.each(poissonPoints)(
    'log P(X = $label) for Poisson($mean) matches a 60-digit reference',
    ({ count, mean, logProbability }) => {
      expect(Math.abs(logPoissonProbability(count, mean) - logProbability)).toBeLessThan(
        tolerance(logProbability, count, mean),
      );
    },
  );

  it.each(binomialPoints)(
    'log P(X = $label) for Binomial($trials, $probability) matches a 60-digit reference',
    ({ successes, trials, probability, logProbability }) => {
      const failureProbability = 1 - probability;
      const computed = logBinomialProbability(successes, trials, probability, failureProbability);
      expect(Math.abs(computed - logProbability)).toBeLessThan(
        tolerance(logProbability, successes, trials * probability, failureProbability),
      );
    },
  );

  it('the table-based Poisson form agrees with the saddle-point form for small counts', () => {
    for (const mean of [10, 50, 400, 1000]) {
      for (let count = 0; count < SMALL_COUNT_LIMIT; count += 7) {
        const direct = logPoissonProbabilityOfSmallCount(count, mean, Math.log(mean));
        const saddlePoint = logPoissonProbability(count, mean);
        expect(Math.abs(direct - saddlePoint)).toBeLessThan(
          TOLERANCE * Math.max(1, Math.abs(saddlePoint)),
        );
      }
    }
  });

  it('log factorials from the table and from Stirling continue each other smoothly', () => {
    // log(k!) − log((k − 1)!) = log(k) across the table's end.
    for (const k of [1, 2, 15, 16, 17, SMALL_COUNT_LIMIT - 1, SMALL_COUNT_LIMIT, 1e6]) {
      expect(logFactorial(k) - logFactorial(k - 1)).toBeCloseTo(Math.log(k), 9);
    }
    expect(logFactorial(0)).toBe(0);
  });
});
