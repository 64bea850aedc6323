import type { MetricEffect, Regression, Segment } from '../domain/scenario';
import type { LatencyShape } from './latencyHistogram';

/** The true rates behind one segment's traffic on one version at one moment. */
export interface SegmentParameters {
  errorRate: number;
  conversionRate: number;
  latency: LatencyShape;
  hallucinationRate: number;
  thumbsDownRate: number;
  tokensPerQuery: number;
}

/** The old version's parameters: the segment's baseline. */
export function baselineParameters(segment: Segment): SegmentParameters {
  const { baseline } = segment;
  return {
    errorRate: baseline.errorRate,
    conversionRate: baseline.conversionRate,
    latency: {
      medianMs: baseline.latency.medianMs,
      logSpread: baseline.latency.logSpread,
      tailShare: 0,
      tailAddMs: 0,
    },
    hallucinationRate: baseline.hallucinationRate,
    thumbsDownRate: baseline.thumbsDownRate,
    tokensPerQuery: baseline.tokensPerQuery,
  };
}

const clampRate = (rate: number) => Math.min(1, Math.max(0, rate));

function shiftRate(
  rate: number,
  effect: MetricEffect & { change: 'absolute' | 'relative' },
  intensity: number,
) {
  const amount = effect.amount * intensity;
  return clampRate(effect.change === 'absolute' ? rate + amount : rate * (1 + amount));
}

function applyEffect(parameters: SegmentParameters, effect: MetricEffect, intensity: number): void {
  switch (effect.metric) {
    case 'error_rate':
      parameters.errorRate = shiftRate(parameters.errorRate, effect, intensity);
      return;
    case 'conversion':
      parameters.conversionRate = shiftRate(parameters.conversionRate, effect, intensity);
      return;
    case 'hallucination_rate':
      parameters.hallucinationRate = shiftRate(parameters.hallucinationRate, effect, intensity);
      return;
    case 'thumbs_down_rate':
      parameters.thumbsDownRate = shiftRate(parameters.thumbsDownRate, effect, intensity);
      return;
    case 'token_cost':
      parameters.tokensPerQuery *= 1 + effect.amount * intensity;
      return;
    case 'latency':
      if (effect.change === 'scale') {
        const scale = 1 + (effect.amount - 1) * intensity;
        parameters.latency = {
          ...parameters.latency,
          medianMs: parameters.latency.medianMs * scale,
        };
      } else {
        parameters.latency = {
          ...parameters.latency,
          tailShare: Math.min(1, parameters.latency.tailShare + effect.share * intensity),
          tailAddMs: Math.max(parameters.latency.tailAddMs, effect.addMs),
        };
      }
      return;
  }
}

/** Whether a regression touches a segment (an empty list means every segment). */
export function affectsSegment(regression: Regression, segment: Segment): boolean {
  return regression.segments.length === 0 || regression.segments.includes(segment.id);
}

/**
 * The new version's parameters for a segment, given each regression's current intensity
 * (0–1, same order as `regressions`).
 */
export function canaryParameters(
  segment: Segment,
  regressions: readonly Regression[],
  intensities: ArrayLike<number>,
): SegmentParameters {
  const parameters = baselineParameters(segment);
  regressions.forEach((regression, index) => {
    const intensity = intensities[index] ?? 0;
    if (intensity <= 0 || !affectsSegment(regression, segment)) return;
    for (const effect of regression.effects) applyEffect(parameters, effect, intensity);
  });
  return parameters;
}
