import type { Threshold } from '../domain/plan';
import type { MetricEffect, Regression, Segment } from '../domain/scenario';
import { affectsSegment } from '../metrics/segmentParameters';

/** z-scores of the tail quantiles, to place p95 and p99 on a log-normal latency. */
const Z_SCORE = { latency_p95: 1.645, latency_p99: 2.326 } as const;

type RateField = 'errorRate' | 'conversionRate' | 'hallucinationRate' | 'thumbsDownRate';
const RATE_FIELD: Readonly<Record<string, RateField>> = {
  error_rate: 'errorRate',
  conversion: 'conversionRate',
  hallucination_rate: 'hallucinationRate',
  thumbs_down_rate: 'thumbsDownRate',
};

/** An affected segment's baseline value of a rate, weighted by its traffic on the canary. */
function meanOf(
  segments: readonly Segment[],
  weights: readonly number[],
  pick: (s: Segment) => number,
): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total <= 0) return 0;
  return segments.reduce((sum, segment, s) => sum + (weights[s] ?? 0) * pick(segment), 0) / total;
}

function inUnits(
  effect: MetricEffect,
  threshold: Threshold,
  segments: readonly Segment[],
  weights: readonly number[],
): number | null {
  const { unit, metric } = threshold;
  if (effect.metric === 'latency') {
    if (metric !== 'latency_p95' && metric !== 'latency_p99') return null;
    if (effect.change === 'tail') return null; // a tail shift moves a quantile unevenly; no simple size
    const quantile = meanOf(
      segments,
      weights,
      (s) => s.baseline.latency.medianMs * Math.exp(Z_SCORE[metric] * s.baseline.latency.logSpread),
    );
    return unit === 'pct' ? (effect.amount - 1) * 100 : (effect.amount - 1) * quantile;
  }
  if (effect.metric !== metric) return null;
  if (effect.metric === 'token_cost') return unit === 'pct' ? effect.amount * 100 : null;
  const field = RATE_FIELD[effect.metric];
  if (!field) return null;
  const base = meanOf(segments, weights, (s) => s.baseline[field]);
  const absolute = effect.change === 'absolute' ? effect.amount : effect.amount * base;
  // Conversion is bad when it falls: flip its sign so "bad" is positive throughout.
  const bad = effect.metric === 'conversion' ? -absolute : absolute;
  if (unit === 'pp') return bad * 100;
  return base > 0 ? (bad / base) * 100 : null;
}

/**
 * The move a regression makes on a threshold's metric across the whole canary arm, in the
 * threshold's units: the full effect in affected segments, diluted by the unaffected ones.
 */
export function canaryEffect(
  regression: Regression,
  threshold: Threshold,
  segments: readonly Segment[],
  exposure: Float64Array,
): number | null {
  const canary = segments.map((segment, s) => segment.share * (exposure[s] ?? 0));
  const affected = canary.map((weight, s) =>
    affectsSegment(regression, segments[s]!) ? weight : 0,
  );
  const total = canary.reduce((sum, weight) => sum + weight, 0);
  const hit = affected.reduce((sum, weight) => sum + weight, 0);
  if (total <= 0 || hit <= 0) return null;
  let size: number | null = null;
  for (const effect of regression.effects) {
    const value = inUnits(effect, threshold, segments, affected);
    if (value !== null) size = (size ?? 0) + value;
  }
  return size === null ? null : (size * hit * onsetDuty(regression)) / total;
}

/** The share of the time an intermittent fault is on: the average effect a gate sees. */
function onsetDuty(regression: Regression): number {
  const { onset } = regression;
  return onset.type === 'intermittent' ? Math.min(1, onset.forMinutes / onset.everyMinutes) : 1;
}
