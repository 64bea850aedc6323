import type { Segment } from '../domain/scenario';
import {
  emptyHistogram,
  histogramQuantile,
  latencyCdf,
  recount,
  type LatencyShape,
  type TailHistogram,
} from '../metrics/latencyHistogram';
import { SegmentTails } from '../metrics/segmentTails';
import type { Sampler } from '../random/samplers';
import { TOKENS_VARIATION } from '../metrics/armMix';

/** Days of history behind each segment's own baseline. */
export const HISTORY_DAYS = 7;

/** An estimate and its sampling variance. */
export interface Estimated {
  readonly value: number;
  readonly variance: number;
}

/**
 * What dashboards know of one segment from before the release: its own rates over the
 * last week, measured on all its traffic, hence precise but not exact.
 */
export interface SegmentHistory {
  readonly errorRate: Estimated;
  readonly conversionRate: Estimated;
  readonly hallucinationRate: Estimated;
  readonly thumbsDownRate: Estimated;
  readonly tokensPerQuery: Estimated;
  readonly latency: LatencyShape;
}

function measuredRate(sampler: Sampler, trials: number, rate: number): Estimated {
  if (trials < 1) return { value: rate, variance: 0 };
  const count = sampler.binomial(Math.round(trials), rate);
  const value = count / Math.round(trials);
  const plugged = (count + 0.5) / (Math.round(trials) + 1);
  return { value, variance: (plugged * (1 - plugged)) / Math.round(trials) };
}

/** Draws each segment's week of history (one draw per segment and metric). */
export function drawSegmentHistory(
  segments: readonly Segment[],
  requestsPerMinute: number,
  evaluationRate: number,
  sampler: Sampler,
): SegmentHistory[] {
  return segments.map((segment) => {
    const requests = requestsPerMinute * segment.share * HISTORY_DAYS * 1440;
    const { baseline } = segment;
    const feedback = requests * segment.feedbackRate;
    const tokenSpread = TOKENS_VARIATION * baseline.tokensPerQuery;
    return {
      errorRate: measuredRate(sampler, requests, baseline.errorRate),
      conversionRate: measuredRate(
        sampler,
        requests / segment.requestsPerVisit,
        baseline.conversionRate,
      ),
      hallucinationRate: measuredRate(
        sampler,
        requests * evaluationRate,
        baseline.hallucinationRate,
      ),
      thumbsDownRate: measuredRate(sampler, feedback, baseline.thumbsDownRate),
      tokensPerQuery: {
        value:
          baseline.tokensPerQuery +
          (tokenSpread / Math.sqrt(Math.max(1, requests))) * sampler.normal(),
        variance: (tokenSpread * tokenSpread) / Math.max(1, requests),
      },
      latency: {
        medianMs: baseline.latency.medianMs,
        logSpread: baseline.latency.logSpread,
        tailShare: 0,
        tailAddMs: 0,
      },
    };
  });
}

/** The baseline cohort for the canary's current segment mix (weights sum to 1). */
export interface CohortReference {
  readonly errorRate: Estimated;
  readonly conversionRate: Estimated;
  readonly hallucinationRate: Estimated;
  readonly thumbsDownRate: Estimated;
  readonly tokensPerQuery: Estimated;
  readonly latencyP95: Estimated;
  readonly latencyP99: Estimated;
}

type RateKey =
  'errorRate' | 'conversionRate' | 'hallucinationRate' | 'thumbsDownRate' | 'tokensPerQuery';

function weighted(
  history: readonly SegmentHistory[],
  weights: ArrayLike<number>,
  key: RateKey,
): Estimated {
  let value = 0;
  let variance = 0;
  history.forEach((segment, index) => {
    const weight = weights[index] ?? 0;
    value += weight * segment[key].value;
    variance += weight * weight * segment[key].variance;
  });
  return { value, variance };
}

/** Quantile q of a weighted mix of latency shapes, by bisection on the mixed CDF. */
export function mixedLatencyQuantile(
  shapes: readonly LatencyShape[],
  weights: ArrayLike<number>,
  q: number,
): number {
  const cdf = (x: number) =>
    shapes.reduce((sum, shape, index) => sum + (weights[index] ?? 0) * latencyCdf(shape, x), 0);
  let low = 0;
  let high = Math.max(...shapes.map((shape) => shape.medianMs * Math.exp(8 * shape.logSpread)));
  for (let step = 0; step < 50; step++) {
    const middle = (low + high) / 2;
    if (cdf(middle) < q) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/**
 * Each run's history keeps its segments' latency tails: a stage change re-mixes them with
 * new weights instead of evaluating every bucket's CDF again (bit-identical, see SegmentTails).
 */
const historyTails = new WeakMap<readonly SegmentHistory[], SegmentTails>();

/**
 * The cohort's week of history as an expected histogram, read through the same buckets and
 * the same interpolation as the canary's live histogram: an exact quantile would differ from
 * any bucketed reading by up to a bucket's width, a bias a tight threshold would trip on.
 */
function expectedHistogram(
  history: readonly SegmentHistory[],
  weights: ArrayLike<number>,
  tailStart: number,
): TailHistogram {
  let tails = historyTails.get(history);
  if (!tails) {
    tails = new SegmentTails(history.length, tailStart);
    historyTails.set(history, tails);
  }
  const expected = emptyHistogram(tailStart);
  const shapes = history.map((segment) => segment.latency);
  expected.below = tails.mix(shapes, weights, expected.buckets);
  recount(expected);
  return expected;
}

/** The cohort reference for canary weights (each segment's share of the canary's requests). */
export function cohortReference(
  history: readonly SegmentHistory[],
  weights: ArrayLike<number>,
  tailStart: number,
): CohortReference {
  const shapes = history.map((segment) => segment.latency);
  const expected = expectedHistogram(history, weights, tailStart);
  // A week of every request of these segments: the quantiles' sampling error is negligible.
  const latency = (q: number): Estimated => ({
    value:
      histogramQuantile(expected, tailStart, q)?.valueMs ??
      mixedLatencyQuantile(shapes, weights, q),
    variance: 0,
  });
  return {
    errorRate: weighted(history, weights, 'errorRate'),
    conversionRate: weighted(history, weights, 'conversionRate'),
    hallucinationRate: weighted(history, weights, 'hallucinationRate'),
    thumbsDownRate: weighted(history, weights, 'thumbsDownRate'),
    tokensPerQuery: weighted(history, weights, 'tokensPerQuery'),
    latencyP95: latency(0.95),
    latencyP99: latency(0.99),
  };
}
