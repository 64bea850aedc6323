import { normalCdf } from '../statistics/normalDistribution';

/**
 * Latency is recorded the way production systems do it: counts in fixed, log-spaced
 * buckets that merge by addition, with quantiles read from the merged counts. Buckets are
 * global, so any two histograms of a run add up. Only the tail is kept bucket by bucket —
 * p95 and p99 are what gates read — and everything faster than `tailStart` is one count.
 */

/** Lower edge of bucket 0, in ms. */
const FLOOR_MS = 1;
/** Each bucket is 2^(1/4) ≈ 19 % wider than the one before. */
const GROWTH = 2 ** 0.25;
/** Buckets up to about two minutes. */
export const BUCKET_COUNT = 68;

const EDGES = Array.from({ length: BUCKET_COUNT }, (_, index) => FLOOR_MS * GROWTH ** (index + 1));

/** Upper edge of bucket `index` in ms (its lower edge is `bucketEdge(index - 1)`). */
export function bucketEdge(index: number): number {
  return EDGES[index] ?? FLOOR_MS * GROWTH ** (index + 1);
}

/** The bucket a latency falls in. */
export function bucketOf(latencyMs: number): number {
  if (latencyMs <= FLOOR_MS) return 0;
  const index = Math.floor(Math.log(latencyMs / FLOOR_MS) / Math.log(GROWTH));
  return Math.min(BUCKET_COUNT - 1, index);
}

/** The latency distribution of some traffic: log-normal body, plus an optional slow tail. */
export interface LatencyShape {
  readonly medianMs: number;
  readonly logSpread: number;
  /** Share of requests that take `tailAddMs` longer, 0–1. */
  readonly tailShare: number;
  readonly tailAddMs: number;
}

/** P(latency ≤ x) for a shape. */
export function latencyCdf(shape: LatencyShape, x: number): number {
  if (shape.tailShare <= 0) return bodyCdf(shape, x);
  return (
    (1 - shape.tailShare) * bodyCdf(shape, x) +
    shape.tailShare * bodyCdf(shape, x - shape.tailAddMs)
  );
}

function bodyCdf(shape: LatencyShape, ms: number): number {
  return ms <= 0 ? 0 : normalCdf(Math.log(ms / shape.medianMs) / shape.logSpread);
}

/** The latency at quantile q of a shape, by bisection on its CDF (exact, no buckets). */
export function latencyQuantile(shape: LatencyShape, q: number): number {
  let low = 0;
  let high = shape.medianMs * Math.exp(8 * shape.logSpread) + shape.tailAddMs;
  for (let step = 0; step < 60; step++) {
    const middle = (low + high) / 2;
    if (latencyCdf(shape, middle) < q) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/**
 * Probabilities of each tail bucket from `tailStart` (index 0 = tailStart), for traffic that
 * is a weighted mix of shapes; `below` is the probability of being faster than the tail.
 */
export function tailProbabilities(
  shapes: readonly LatencyShape[],
  weights: ArrayLike<number>,
  tailStart: number,
  into: Float64Array,
): number {
  into.fill(0);
  let below = 0;
  for (let s = 0; s < shapes.length; s++) {
    const weight = weights[s] ?? 0;
    const shape = shapes[s];
    if (weight <= 0 || !shape) continue;
    let previous = latencyCdf(shape, tailStart === 0 ? 0 : bucketEdge(tailStart - 1));
    below += weight * previous;
    for (let bucket = tailStart; bucket < BUCKET_COUNT; bucket++) {
      const next = bucket === BUCKET_COUNT - 1 ? 1 : latencyCdf(shape, bucketEdge(bucket));
      into[bucket - tailStart] = (into[bucket - tailStart] ?? 0) + weight * (next - previous);
      previous = next;
    }
  }
  return below;
}

/** Counts of a tail histogram: everything below the tail as one number, then bucket counts. */
export interface TailHistogram {
  below: number;
  readonly buckets: Float64Array;
}

export function emptyHistogram(tailStart: number): TailHistogram {
  return { below: 0, buckets: new Float64Array(BUCKET_COUNT - tailStart) };
}

/** Adds `source` into `target` (histograms merge by addition). */
export function mergeInto(target: TailHistogram, source: TailHistogram): void {
  target.below += source.below;
  for (let i = 0; i < source.buckets.length; i++) {
    target.buckets[i] = (target.buckets[i] ?? 0) + (source.buckets[i] ?? 0);
  }
}

export function clearHistogram(histogram: TailHistogram): void {
  histogram.below = 0;
  histogram.buckets.fill(0);
}

/** A quantile read from a histogram, and the density there (for its standard error). */
export interface HistogramQuantile {
  readonly valueMs: number;
  /** Estimated probability density at the quantile, per ms. */
  readonly density: number;
  readonly count: number;
}

/**
 * Reads quantile q, interpolating log-linearly inside the bucket as dashboards do; null
 * when the histogram is empty or the quantile falls below the tail that was kept.
 */
export function histogramQuantile(
  histogram: TailHistogram,
  tailStart: number,
  q: number,
): HistogramQuantile | null {
  let total = histogram.below;
  for (const count of histogram.buckets) total += count;
  if (total <= 0) return null;
  const rank = q * total;
  let cumulative = histogram.below;
  if (rank <= cumulative) return null;
  for (let i = 0; i < histogram.buckets.length; i++) {
    const count = histogram.buckets[i] ?? 0;
    if (count > 0 && cumulative + count >= rank) {
      const bucket = tailStart + i;
      const lower = bucket === 0 ? FLOOR_MS : bucketEdge(bucket - 1);
      const upper = bucketEdge(bucket);
      const fraction = (rank - cumulative) / count;
      const valueMs = lower * (upper / lower) ** fraction;
      return { valueMs, density: count / total / (upper - lower), count: total };
    }
    cumulative += count;
  }
  return null;
}
