import { normalCdf } from '../statistics/normalDistribution';

/**
 * Latency is recorded the way production systems do it: counts in fixed, log-spaced
 * buckets that merge by addition, with quantiles read from the merged counts. Buckets are
 * global, so any two histograms of a run add up. Only the tail is kept bucket by bucket —
 * p95 and p99 are what gates read — and everything faster than `tailStart` is one count.
 */

/** Lower edge of bucket 0, in ms. */
const FLOOR_MS = 1;
/**
 * Each bucket is 2^(1/36) ≈ 1.94 % wider than the one before. Quantiles are read by
 * interpolating inside a bucket, which is exact only if latency is spread log-uniformly
 * there; once a regression moves the shape, the error of that assumption differs between
 * the arms. At 19 % buckets it reached ±12 ms on a p99 near 400 ms, enough to "prove" a
 * move of exactly the limit beyond it; at 2 % it is about a hundredth of that (the error of
 * linear interpolation shrinks with the square of the width).
 */
const GROWTH = 2 ** (1 / 36);
/** Buckets up to about two minutes (2^(608/36) ms ≈ 122 s). */
export const BUCKET_COUNT = 608;

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
    // Once the CDF has reached its ceiling (both normal parts round to exactly 1) every
    // bucket up to the last adds exactly 0: skip them. Most of the 600 buckets lie there.
    const ceiling = latencyCdf(shape, Number.POSITIVE_INFINITY);
    for (let bucket = tailStart; bucket < BUCKET_COUNT - 1 && previous !== ceiling; bucket++) {
      const next = latencyCdf(shape, bucketEdge(bucket));
      into[bucket - tailStart] = (into[bucket - tailStart] ?? 0) + weight * (next - previous);
      previous = next;
    }
    const last = BUCKET_COUNT - 1 - tailStart;
    into[last] = (into[last] ?? 0) + weight * (1 - previous);
  }
  return below;
}

/**
 * Counts of a tail histogram: everything below the tail as one number, then bucket counts.
 * `count` (all requests, `below` included) and `top` (one past the highest non-empty bucket)
 * are kept alongside so that merging and reading a tail quantile touch only the buckets in
 * use: with 2 % buckets most of the 600 lie far above any request.
 */
export interface TailHistogram {
  below: number;
  count: number;
  top: number;
  readonly buckets: Float64Array;
}

export function emptyHistogram(tailStart: number): TailHistogram {
  return { below: 0, count: 0, top: 0, buckets: new Float64Array(BUCKET_COUNT - tailStart) };
}

/** Recomputes `count` and `top` after the buckets were written directly. */
export function recount(histogram: TailHistogram): void {
  let count = histogram.below;
  let top = 0;
  const { buckets } = histogram;
  for (let i = 0; i < buckets.length; i++) {
    const bucket = buckets[i] ?? 0;
    count += bucket;
    if (bucket > 0) top = i + 1;
  }
  histogram.count = count;
  histogram.top = top;
}

/** Adds `source` into `target` (histograms merge by addition). */
export function mergeInto(target: TailHistogram, source: TailHistogram): void {
  target.below += source.below;
  target.count += source.count;
  const { buckets } = target;
  const from = source.buckets;
  for (let i = 0; i < source.top; i++) buckets[i] = (buckets[i] ?? 0) + (from[i] ?? 0);
  if (source.top > target.top) target.top = source.top;
}

export function clearHistogram(histogram: TailHistogram): void {
  histogram.below = 0;
  histogram.count = 0;
  histogram.buckets.fill(0, 0, histogram.top);
  histogram.top = 0;
}

/** A quantile read from a histogram, and the density there (for its standard error). */
export interface HistogramQuantile {
  readonly valueMs: number;
  /** Estimated probability density at the quantile, per ms. */
  readonly density: number;
  readonly count: number;
}

/**
 * Buckets either side of the quantile's own that the density is averaged over: one 2 %
 * bucket holds too few requests for a steady density (and the quantile's standard error
 * divides by its square), nine of them (≈ 19 %) hold enough while staying local.
 */
const DENSITY_HALF_SPAN = 4;

/** Requests per ms around bucket `index` (relative to the tail), as a share of all requests. */
function densityAround(histogram: TailHistogram, tailStart: number, index: number): number {
  const from = Math.max(0, index - DENSITY_HALF_SPAN);
  const to = Math.min(histogram.buckets.length - 1, index + DENSITY_HALF_SPAN);
  let count = 0;
  for (let i = from; i <= to; i++) count += histogram.buckets[i] ?? 0;
  const bucket = tailStart + from;
  const lower = bucket === 0 ? FLOOR_MS : bucketEdge(bucket - 1);
  const upper = bucketEdge(tailStart + to);
  return count / histogram.count / (upper - lower);
}

/** The reading of quantile q in bucket `index` (relative to the tail), `cumulative` below it. */
function readInBucket(
  histogram: TailHistogram,
  tailStart: number,
  index: number,
  rank: number,
  cumulative: number,
): HistogramQuantile {
  const valueMs = valueInBucket(histogram, tailStart, index, rank, cumulative);
  return { valueMs, density: densityAround(histogram, tailStart, index), count: histogram.count };
}

/** The latency at `rank` in bucket `index`, log-linearly between its edges. */
function valueInBucket(
  histogram: TailHistogram,
  tailStart: number,
  index: number,
  rank: number,
  cumulative: number,
): number {
  const count = histogram.buckets[index] ?? 0;
  const bucket = tailStart + index;
  const lower = bucket === 0 ? FLOOR_MS : bucketEdge(bucket - 1);
  const upper = bucketEdge(bucket);
  const fraction = Math.min(1, (rank - cumulative) / count);
  return lower * (upper / lower) ** fraction;
}

/** A quantile read in place: gates read several every 5 minutes, an object each was garbage. */
export interface QuantileRead {
  valueMs: number;
  /** Requests per ms around the quantile as a share of all (only when asked for). */
  density: number;
  count: number;
}

/**
 * `histogramQuantile` for histograms of whole counts (drawn requests, and sums of them), read
 * from the bottom of the tail up: the tail starts near p90, so p95 and p99 lie a few dozen
 * buckets above it and many more below the slowest request. Sums of whole numbers are exact
 * in either direction, so the reading is the same as from the top down. Writes `into` and
 * returns true, or false where `histogramQuantile` gives null; the density only `withDensity`
 * (a gate's standard error needs it, a chart line does not).
 */
export function readCountedQuantile(
  histogram: TailHistogram,
  tailStart: number,
  q: number,
  withDensity: boolean,
  into: QuantileRead,
): boolean {
  const total = histogram.count;
  if (total <= 0) return false;
  const rank = q * total;
  let cumulative = histogram.below;
  if (rank <= cumulative) return false;
  const { buckets, top } = histogram;
  // Below the bucket read, the count so far stays under the rank (it starts there and only
  // grows past it in the bucket that holds it), so "rank ≤ count so far" alone finds the
  // first non-empty bucket with cumulative < rank ≤ cumulative + count: an empty bucket adds 0.
  for (let i = 0; i < top; i++) {
    const through = cumulative + (buckets[i] ?? 0);
    if (rank <= through) {
      into.valueMs = valueInBucket(histogram, tailStart, i, rank, cumulative);
      into.density = withDensity ? densityAround(histogram, tailStart, i) : Number.NaN;
      into.count = total;
      return true;
    }
    cumulative = through;
  }
  return false;
}

/** `readCountedQuantile` as an object, or null. */
export function countedQuantile(
  histogram: TailHistogram,
  tailStart: number,
  q: number,
): HistogramQuantile | null {
  const read = { valueMs: Number.NaN, density: Number.NaN, count: 0 };
  return readCountedQuantile(histogram, tailStart, q, true, read) ? read : null;
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
  const total = histogram.count;
  if (total <= 0) return null;
  const rank = q * total;
  if (rank <= histogram.below) return null;
  // From the top down: the tail quantiles gates read sit near the top of what is in use.
  let above = 0;
  for (let i = histogram.top - 1; i >= 0; i--) {
    const count = histogram.buckets[i] ?? 0;
    const cumulative = total - above - count;
    if (count > 0 && cumulative < rank) {
      return readInBucket(histogram, tailStart, i, rank, cumulative);
    }
    above += count;
  }
  return null;
}
