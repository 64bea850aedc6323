import { describe, expect, it } from 'vitest';
import { createSampler } from '../random/samplers';
import { createStreamFactory } from '../random/stream';
import {
  bucketOf,
  emptyHistogram,
  histogramQuantile,
  latencyQuantile,
  mergeInto,
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
  return histogram;
}

describe('latency histograms', () => {
  it('read p99 within a bucket width of the exact log-normal quantile', () => {
    const reading = histogramQuantile(drawHistogram(2_000_000, 'a'), tailStart, 0.99);
    expect(reading?.valueMs).toBeGreaterThan(latencyQuantile(shape, 0.99) / 1.19);
    expect(reading?.valueMs).toBeLessThan(latencyQuantile(shape, 0.99) * 1.19);
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

  it('say nothing about a quantile below the tail they keep', () => {
    expect(histogramQuantile(drawHistogram(10_000, 'd'), tailStart, 0.5)).toBeNull();
  });
});
