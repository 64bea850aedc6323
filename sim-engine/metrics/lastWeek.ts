import type { WorldNoise } from '../domain/scenario';
import type { SegmentHistory } from '../gates/cohortReference';
import type { Sampler } from '../random/samplers';
import type { LastWeekRates } from './worldMix';

/**
 * Last week carried its own day-to-day wander: a segment's measured week is the mean of
 * seven days, each off by the day's random effect, so it is off by about cv/√7 and is
 * known only that well. Adds that to the binomial history (its own stream, so a still
 * world draws nothing and shifts nothing).
 */
export function withLastWeeksDays(
  history: readonly SegmentHistory[],
  noise: WorldNoise,
  sampler: Sampler,
): SegmentHistory[] {
  const cv = noise.conversionDayToDay;
  if (cv <= 0) return [...history];
  return history.map((segment) => {
    const { value, variance } = segment.conversionRate;
    const spread = cv / Math.sqrt(7);
    return {
      ...segment,
      conversionRate: {
        value: Math.min(1, Math.max(0, value * (1 + spread * sampler.normal()))),
        variance: variance + (value * spread) ** 2,
      },
    };
  });
}

/** The measured rates the baseline cohort starts from, per segment. */
export function lastWeekRates(history: readonly SegmentHistory[]): LastWeekRates {
  return {
    errorRate: Float64Array.from(history, (segment) => segment.errorRate.value),
    conversionRate: Float64Array.from(history, (segment) => segment.conversionRate.value),
  };
}
