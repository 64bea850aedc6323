/** Median, 10th and 90th percentile of a sample; null when the sample is empty. */
export interface Spread {
  readonly p10: number;
  readonly median: number;
  readonly p90: number;
}

/** The q-quantile of sorted values, by linear interpolation between closest ranks. */
function quantileOfSorted(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[Math.min(sorted.length - 1, below + 1)] ?? low;
  return low + (high - low) * (position - below);
}

/** The spread of a sample of numbers; null for an empty one. */
export function spreadOf(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p10: quantileOfSorted(sorted, 0.1),
    median: quantileOfSorted(sorted, 0.5),
    p90: quantileOfSorted(sorted, 0.9),
  };
}
