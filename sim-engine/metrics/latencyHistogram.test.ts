import { describe, expect, it } from 'vitest';
import { createSampler } from '../random/samplers';
import { createStreamFactory } from '../random/stream';
import {
  bucketEdge,
  bucketOf,
  countedQuantile,
  emptyHistogram,
  histogramQuantile,
  latencyQuantile,
  mergeInto,
  recount,
  tailProbabilities,
  type LatencyShape,
} from './latencyHistogram';

const shape: LatencyShape = { medianMs: 120, logSpread: 0.5, tailShare: 0, tailAddMs: 0 };
const tailStart = bucketOf(latencyQuantile(shape, 0.7));

function drawHistogram(requests: number, seed: string, latency: LatencyShape = shape) {
  const histogram = emptyHistogram(tailStart);
  const probabilities = new Float64Array(histogram.buckets.length);
  const below = tailProbabilities([latency], [1], tailStart, probabilities);
  const sampler = createSampler(createStreamFactory(seed)('latency'));
  histogram.below = sampler.binomial(requests, below);
  let remaining = requests - histogram.below;
  let mass = 1 - below;
  probabilities.forEach((probability, bucket) => {
    const count =
      remaining > 0 && mass > 0 ? sampler.binomial(remaining, Math.min(1, probability / mass)) : 0;
    histogram.buckets[bucket] = count;
    remaining -= count;
    mass -= probability;
  });
  recount(histogram);
  return histogram;
}

describe('latency histograms', () => {
  it('read p99 within a 2 % bucket of the exact log-normal quantile', () => {
    const reading = histogramQuantile(drawHistogram(2_000_000, 'a'), tailStart, 0.99);
    expect(reading?.valueMs).toBeGreaterThan(latencyQuantile(shape, 0.99) / 1.02);
    expect(reading?.valueMs).toBeLessThan(latencyQuantile(shape, 0.99) * 1.02);
  });

  it('have buckets at most 2 % wider than the one before', () => {
    for (const bucket of [1, 100, 300, 600]) {
      expect(bucketEdge(bucket) / bucketEdge(bucket - 1)).toBeLessThanOrEqual(1.02);
    }
  });

  it('read the same quantile as an exact shape, without drawing, to within 0.2 ms at p99', () => {
    // Expected counts (no noise) of the baseline and of a 1.52× slower shape: what is left
    // is interpolation bias, which at 19 % buckets reached ±12 ms.
    for (const stretch of [1, 1.3, 1.52, 1.8]) {
      const moved = { ...shape, medianMs: shape.medianMs * stretch };
      const expected = emptyHistogram(tailStart);
      expected.below = tailProbabilities([moved], [1], tailStart, expected.buckets) * 1e9;
      expected.buckets.forEach((p, i) => (expected.buckets[i] = p * 1e9));
      recount(expected);
      const read = histogramQuantile(expected, tailStart, 0.99)?.valueMs ?? 0;
      expect(Math.abs(read - latencyQuantile(moved, 0.99))).toBeLessThan(0.2);
    }
  });

  it('merge by addition: the merged count is the sum of both', () => {
    const merged = emptyHistogram(tailStart);
    mergeInto(merged, drawHistogram(1000, 'a'));
    mergeInto(merged, drawHistogram(3000, 'b'));
    const total = merged.below + merged.buckets.reduce((sum, count) => sum + count, 0);
    expect(total).toBe(4000);
  });

  it('show a slow tail in p99 but not in the median share below the tail', () => {
    const slowTail: LatencyShape = { ...shape, tailShare: 0.03, tailAddMs: 800 };
    const normal = histogramQuantile(drawHistogram(500_000, 'c'), tailStart, 0.99)?.valueMs ?? 0;
    const slow =
      histogramQuantile(drawHistogram(500_000, 'c', slowTail), tailStart, 0.99)?.valueMs ?? 0;
    expect(slow - normal).toBeGreaterThan(400);
  });

  it('read whole counts bottom-up exactly as top-down, at every quantile the tail holds', () => {
    const slowTail: LatencyShape = { ...shape, tailShare: 0.02, tailAddMs: 500 };
    const histograms = [
      drawHistogram(50, 'e'),
      drawHistogram(20_000, 'f'),
      drawHistogram(300_000, 'g', slowTail),
    ];
    for (const histogram of histograms) {
      for (const q of [0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1]) {
        expect(countedQuantile(histogram, tailStart, q)).toEqual(
          histogramQuantile(histogram, tailStart, q),
        );
      }
    }
  });

  it('say nothing about a quantile below the tail they keep', () => {
    expect(histogramQuantile(drawHistogram(10_000, 'd'), tailStart, 0.5)).toBeNull();
  });
});
