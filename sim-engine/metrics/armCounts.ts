import type { Sampler } from '../random/samplers';
import type { ArmMix } from './armMix';
import { clearHistogram, emptyHistogram, mergeInto, type TailHistogram } from './latencyHistogram';
import { drawLatency } from './latencyDraw';

/** What the dashboards counted for one arm: in one interval, or summed over a stage. */
export interface ArmCounts {
  requests: number;
  errors: number;
  /** Visits whose purchase window has passed, and the purchases among them. */
  maturedVisits: number;
  conversions: number;
  /**
   * What last week's same segments at the same local hours would have shown for this
   * traffic (expected counts, not draws): the baseline cohort, hour for hour.
   */
  referenceErrors: number;
  referenceConversions: number;
  graded: number;
  hallucinations: number;
  feedback: number;
  thumbsDown: number;
  tokens: number;
  /** Sum of per-query token variances: the variance of `tokens`. */
  tokensVariance: number;
  readonly latency: TailHistogram;
}

export function emptyCounts(tailStart: number): ArmCounts {
  return {
    requests: 0,
    errors: 0,
    maturedVisits: 0,
    conversions: 0,
    referenceErrors: 0,
    referenceConversions: 0,
    graded: 0,
    hallucinations: 0,
    feedback: 0,
    thumbsDown: 0,
    tokens: 0,
    tokensVariance: 0,
    latency: emptyHistogram(tailStart),
  };
}

export function clearCounts(counts: ArmCounts): void {
  counts.requests = 0;
  counts.errors = 0;
  counts.maturedVisits = 0;
  counts.conversions = 0;
  counts.referenceErrors = 0;
  counts.referenceConversions = 0;
  counts.graded = 0;
  counts.hallucinations = 0;
  counts.feedback = 0;
  counts.thumbsDown = 0;
  counts.tokens = 0;
  counts.tokensVariance = 0;
  clearHistogram(counts.latency);
}

/** Adds everything but conversions, which arrive later (see `addMaturedConversions`). */
export function addCounts(target: ArmCounts, source: ArmCounts): void {
  target.requests += source.requests;
  target.errors += source.errors;
  target.referenceErrors += source.referenceErrors;
  target.graded += source.graded;
  target.hallucinations += source.hallucinations;
  target.feedback += source.feedback;
  target.thumbsDown += source.thumbsDown;
  target.tokens += source.tokens;
  target.tokensVariance += source.tokensVariance;
  mergeInto(target.latency, source.latency);
}

/** One arm's named random streams: one per metric, so metrics never shift each other. */
export interface ArmSamplers {
  readonly errors: Sampler;
  readonly conversions: Sampler;
  readonly latency: Sampler;
  readonly evaluation: Sampler;
  readonly feedback: Sampler;
  readonly tokens: Sampler;
}

export interface ObservedMetrics {
  readonly conversion: boolean;
  readonly model: boolean;
  /** Drawn unless false: a threshold trial whose threshold reads no latency leaves it out. */
  readonly latency?: boolean;
}

/**
 * Draws one interval's counts for `requests` requests of an arm with pooled rates `mix`.
 * Latency is an exact multinomial over groups of tail buckets, shared inside each group by
 * the buckets' probabilities (`drawLatency`).
 */
export function drawCounts(
  samplers: ArmSamplers,
  requests: number,
  mix: ArmMix,
  observed: ObservedMetrics,
  into: ArmCounts,
): void {
  clearCounts(into);
  into.requests = requests;
  if (requests <= 0) return;
  into.errors = samplers.errors.binomial(requests, mix.errorRate);
  into.referenceErrors = requests * mix.referenceErrorRate;
  if (observed.conversion) {
    // Conversion is per visit: a visit of several requests buys at most once. Purchases
    // are expected counts here, drawn as the visits mature (metrics/maturingPurchases.ts).
    const visits = Math.round(requests * mix.visitsPerRequest);
    into.maturedVisits = visits;
    into.conversions = visits * mix.conversionRate;
    into.referenceConversions = visits * mix.referenceConversionRate;
  }
  if (observed.latency !== false)
    drawLatency(samplers.latency, requests, mix.latencyBelow, mix.latencyGroups, into.latency);
  if (observed.model) {
    into.graded = samplers.evaluation.binomial(requests, mix.evaluationRate);
    into.hallucinations = samplers.evaluation.binomial(into.graded, mix.hallucinationRate);
    into.feedback = samplers.feedback.binomial(requests, mix.feedbackRate);
    into.thumbsDown = samplers.feedback.binomial(into.feedback, mix.thumbsDownRate);
    into.tokensVariance = requests * mix.tokensVariance;
    const tokens =
      requests * mix.tokensPerQuery + Math.sqrt(into.tokensVariance) * samplers.tokens.normal();
    into.tokens = Math.max(0, tokens);
  }
}
