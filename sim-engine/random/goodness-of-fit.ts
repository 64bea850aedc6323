/**
 * Goodness-of-fit checks for the samplers' tests: counts of samples per bin, Pearson's
 * chi-square statistic against expected bin probabilities, and sample moments.
 */

/** A distribution cut into bins, with its moments, as make-reference.py writes it. */
export interface BinnedReference {
  /** Inclusive upper edges, ascending; the last bin is everything above the last edge. */
  binUpperEdges: number[];
  binProbabilities: number[];
  /** Chi-square critical value for binProbabilities.length − 1 degrees of freedom. */
  criticalValue: number;
  expectedMean: number;
  expectedVariance: number;
  excessKurtosis: number;
}

/** How many samples fall in each bin (x ≤ edge, first matching edge); one more bin than edges. */
export function countIntoBins(samples: ArrayLike<number>, upperEdges: readonly number[]): number[] {
  const counts = new Array<number>(upperEdges.length + 1).fill(0);
  for (let i = 0; i < samples.length; i++) {
    const sample = samples[i] ?? Number.NaN;
    // Binary search for the first edge ≥ sample.
    let low = 0;
    let high = upperEdges.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sample <= (upperEdges[middle] ?? Number.POSITIVE_INFINITY)) high = middle;
      else low = middle + 1;
    }
    counts[low] = (counts[low] ?? 0) + 1;
  }
  return counts;
}

/** Pearson's chi-square statistic of observed bin counts against expected bin probabilities. */
export function chiSquareStatistic(
  counts: readonly number[],
  probabilities: readonly number[],
): number {
  if (counts.length !== probabilities.length) {
    throw new RangeError(`${counts.length} bin counts but ${probabilities.length} probabilities`);
  }
  const total = counts.reduce((sum, count) => sum + count, 0);
  let statistic = 0;
  counts.forEach((count, bin) => {
    const expected = total * (probabilities[bin] ?? 0);
    statistic += ((count - expected) * (count - expected)) / expected;
  });
  return statistic;
}

/** Sample mean and unbiased variance; `centre` (any value near the mean) keeps sums of 1e12s exact. */
export function sampleMoments(
  samples: ArrayLike<number>,
  centre: number,
): { mean: number; variance: number } {
  let sum = 0;
  let sumOfSquares = 0;
  for (let i = 0; i < samples.length; i++) {
    const deviation = (samples[i] ?? Number.NaN) - centre;
    sum += deviation;
    sumOfSquares += deviation * deviation;
  }
  const n = samples.length;
  const meanDeviation = sum / n;
  return {
    mean: centre + meanDeviation,
    variance: (sumOfSquares - n * meanDeviation * meanDeviation) / (n - 1),
  };
}

/** Why `samples` fails to fit `reference`, or an empty list when chi-square and moments all pass. */
export function fitProblems(samples: ArrayLike<number>, reference: BinnedReference): string[] {
  const problems: string[] = [];
  const n = samples.length;
  const counts = countIntoBins(samples, reference.binUpperEdges);
  const statistic = chiSquareStatistic(counts, reference.binProbabilities);
  if (!(statistic < reference.criticalValue)) {
    problems.push(
      `chi-square ${statistic.toFixed(1)} ≥ critical ${reference.criticalValue.toFixed(1)}`,
    );
  }
  // Five standard errors: a false alarm about once in 1.7 million checks.
  const { mean, variance } = sampleMoments(samples, reference.expectedMean);
  const meanError = Math.sqrt(reference.expectedVariance / n);
  if (!(Math.abs(mean - reference.expectedMean) < 5 * meanError)) {
    problems.push(`mean ${mean} vs ${reference.expectedMean} (standard error ${meanError})`);
  }
  // Var(s²) ≈ σ⁴·(excess kurtosis + 2)/n for large n.
  const varianceError = reference.expectedVariance * Math.sqrt((reference.excessKurtosis + 2) / n);
  if (!(Math.abs(variance - reference.expectedVariance) < 5 * varianceError)) {
    problems.push(
      `variance ${variance} vs ${reference.expectedVariance} (standard error ${varianceError})`,
    );
  }
  return problems;
}
