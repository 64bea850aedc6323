import { describe, expect, it } from 'vitest';
import { fitProblems, sampleMoments } from '../random/goodness-of-fit';
import { createSampler } from '../random/samplers';
import { createStreamFactory } from '../random/stream';
import { DRAWN_GROUP, drawLatency, emptyGroupedTail, groupTail } from './latencyDraw';
import {
  BUCKET_COUNT,
  countedQuantile,
  emptyHistogram,
  tailProbabilities,
  type TailHistogram,
} from './latencyHistogram';
import reference from './reference/latency-draw.json';

// Reference numbers from scipy via reference/make-latency-draw-reference.py: a log-normal
// body (median 100 ms, log spread 0.5) with the tail kept from its p90 bucket.
const shape = {
  medianMs: reference.medianMs,
  logSpread: reference.logSpread,
  tailShare: 0,
  tailAddMs: 0,
};
const { tailStart } = reference;
const probabilities = new Float64Array(BUCKET_COUNT - tailStart);
const below = tailProbabilities([shape], [1], tailStart, probabilities);
const grouped = emptyGroupedTail(probabilities.length);
groupTail(probabilities, grouped);
const streams = createStreamFactory('latency-draw-test');

/** `draws` histograms of `requests` requests each, handed to `look` one at a time. */
function drawMany(name: string, draws: number, requests: number, look: (h: TailHistogram) => void) {
  const sampler = createSampler(streams(name));
  const histogram = emptyHistogram(tailStart);
  for (let draw = 0; draw < draws; draw++) {
    histogram.buckets.fill(0);
    drawLatency(sampler, requests, below, grouped, histogram);
    look(histogram);
  }
}

function countUpTo(histogram: TailHistogram, bucketsIncluded: number): number {
  let count = histogram.below;
  for (let i = 0; i < bucketsIncluded; i++) count += histogram.buckets[i] ?? 0;
  return count;
}

describe('drawn latency histograms', () => {
  it('keep every request, and share a group only among its buckets with probability', () => {
    drawMany('whole', 200, 5000, (histogram) => {
      expect(countUpTo(histogram, histogram.buckets.length)).toBeCloseTo(5000, 6);
      expect(histogram.count).toBe(5000);
      let highest = -1;
      histogram.buckets.forEach((count, bucket) => {
        if (count > 0) highest = bucket;
        if (count > 0) expect(probabilities[bucket]).toBeGreaterThan(0);
      });
      expect(histogram.top).toBe(highest + 1);
    });
  });

  it.each(reference.groups)(
    "count at or under group $group's upper edge matches scipy's binomial",
    (expected) => {
      const counts = new Float64Array(reference.sampleSize);
      let draw = 0;
      drawMany(`group ${expected.group}`, reference.sampleSize, reference.trials, (histogram) => {
        counts[draw++] = Math.round(countUpTo(histogram, DRAWN_GROUP * (expected.group + 1)));
      });
      expect(fitProblems(counts, expected)).toEqual([]);
    },
  );

  it('give every 2 % bucket its expected count (n × scipy probability) on average', () => {
    const sums = new Float64Array(reference.buckets.length);
    const draws = 20_000;
    drawMany('bucket means', draws, reference.trials, (histogram) => {
      reference.buckets.forEach(({ bucket }, i) => {
        sums[i] = (sums[i] ?? 0) + (histogram.buckets[bucket] ?? 0);
      });
    });
    reference.buckets.forEach(({ probability }, i) => {
      const expected = reference.trials * probability;
      // A bucket's count varies at most as much as its group's: binomial with ≤ 6 × p.
      const error = Math.sqrt((reference.trials * DRAWN_GROUP * probability) / draws);
      expect(Math.abs((sums[i] ?? 0) / draws - expected)).toBeLessThan(5 * error);
    });
  });

  it.each(reference.quantiles)(
    'read p$q at scipy’s value, varying at most as much as a sample quantile does',
    ({ q, valueMs, density }) => {
      const requests = 100_000;
      const draws = 4000;
      const reads = new Float64Array(draws);
      let draw = 0;
      drawMany(`quantile ${q}`, draws, requests, (histogram) => {
        reads[draw++] = countedQuantile(histogram, tailStart, q)?.valueMs ?? Number.NaN;
      });
      const { mean, variance } = sampleMoments(reads, valueMs);
      // The sample quantile's standard deviation: √(q(1 − q)/n) / f.
      const sampleQuantileSd = Math.sqrt((q * (1 - q)) / requests) / density;
      const sd = Math.sqrt(variance);
      expect(Math.abs(mean - valueMs)).toBeLessThan(5 * (sd / Math.sqrt(draws)) + 0.001 * valueMs);
      expect(sd / sampleQuantileSd).toBeGreaterThan(0.85);
      expect(sd / sampleQuantileSd).toBeLessThan(1.05);
    },
  );
});
