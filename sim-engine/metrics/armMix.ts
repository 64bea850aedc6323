import type { Segment } from '../domain/scenario';
import { feedbackRateFor } from './feedbackVolume';
import { BUCKET_COUNT, tailProbabilities, type LatencyShape } from './latencyHistogram';
import { emptyGroupedTail, groupTail, type GroupedTail } from './latencyDraw';
import type { SegmentParameters } from './segmentParameters';
import type { SegmentTails } from './segmentTails';

/** Coefficient of variation of tokens per query: answers vary in length. */
export const TOKENS_VARIATION = 0.6;

/**
 * The pooled rates of one arm's traffic in one check interval: a request-weighted mix of
 * its segments. Drawing pooled counts keeps the cost per interval × arm, whatever the
 * number of requests or segments behind it.
 */
export interface ArmMix {
  errorRate: number;
  /** Purchases per visit. */
  conversionRate: number;
  /** Visits per request: the arm's traffic is users → visits → requests. */
  visitsPerRequest: number;
  /** What last week's same segments at the same local hours showed (the baseline cohort). */
  referenceErrorRate: number;
  referenceConversionRate: number;
  hallucinationRate: number;
  /** Share of responses the eval harness grades. */
  evaluationRate: number;
  feedbackRate: number;
  /** Share of feedback that is negative, among those who give feedback. */
  thumbsDownRate: number;
  tokensPerQuery: number;
  /** Variance of tokens per query across the mix. */
  tokensVariance: number;
  /** Probability of being faster than the kept tail, then of each tail bucket. */
  latencyBelow: number;
  readonly latencyTail: Float64Array;
  /** The tail grouped for drawing (metrics/latencyDraw.ts), kept in step with `latencyTail`. */
  readonly latencyGroups: GroupedTail;
}

export function emptyMix(tailStart: number): ArmMix {
  return {
    errorRate: 0,
    conversionRate: 0,
    visitsPerRequest: 1,
    referenceErrorRate: 0,
    referenceConversionRate: 0,
    hallucinationRate: 0,
    evaluationRate: 0,
    feedbackRate: 0,
    thumbsDownRate: 0,
    tokensPerQuery: 0,
    tokensVariance: 0,
    latencyBelow: 1,
    latencyTail: new Float64Array(BUCKET_COUNT - tailStart),
    latencyGroups: emptyGroupedTail(BUCKET_COUNT - tailStart),
  };
}

/** Fills `mix` from each segment's requests in the arm and its parameters. */
export function mixArm(
  segments: readonly Segment[],
  requests: ArrayLike<number>,
  parameters: readonly SegmentParameters[],
  tailStart: number,
  mix: ArmMix,
  /** Each segment's tail, cached across intervals (same result, less work). */
  tails?: SegmentTails,
  /** False when no latency is drawn from this mix (a trial reading no latency): no tail then. */
  latency = true,
): void {
  let total = 0;
  for (let s = 0; s < segments.length; s++) total += requests[s] ?? 0;
  const weights = new Float64Array(segments.length);
  if (total > 0) for (let s = 0; s < segments.length; s++) weights[s] = (requests[s] ?? 0) / total;

  let errorRate = 0;
  let conversionRate = 0;
  let hallucinationRate = 0;
  let feedbackRate = 0;
  let negativeFeedback = 0;
  let tokens = 0;
  let tokensSecondMoment = 0;
  const shapes: LatencyShape[] = [];
  for (let s = 0; s < segments.length; s++) {
    const weight = weights[s] ?? 0;
    const segment = segments[s];
    const own = parameters[s];
    if (!segment || !own) continue;
    shapes.push(own.latency);
    errorRate += weight * own.errorRate;
    conversionRate += weight * own.conversionRate;
    hallucinationRate += weight * own.hallucinationRate;
    const feedback = feedbackRateFor(
      segment.feedbackRate,
      segment.baseline.thumbsDownRate,
      own.thumbsDownRate,
    );
    feedbackRate += weight * feedback;
    negativeFeedback += weight * feedback * own.thumbsDownRate;
    tokens += weight * own.tokensPerQuery;
    const spread = TOKENS_VARIATION * own.tokensPerQuery;
    tokensSecondMoment += weight * (spread * spread + own.tokensPerQuery * own.tokensPerQuery);
  }
  mix.errorRate = errorRate;
  mix.conversionRate = conversionRate;
  mix.hallucinationRate = hallucinationRate;
  mix.feedbackRate = feedbackRate;
  mix.thumbsDownRate = feedbackRate > 0 ? negativeFeedback / feedbackRate : 0;
  mix.tokensPerQuery = tokens;
  mix.tokensVariance = Math.max(0, tokensSecondMoment - tokens * tokens);
  if (!latency) return;
  mix.latencyBelow = tails
    ? tails.mix(shapes, weights, mix.latencyTail)
    : tailProbabilities(shapes, weights, tailStart, mix.latencyTail);
  groupTail(mix.latencyTail, mix.latencyGroups);
}
