import type { Segment } from '../domain/scenario';
import type { ArmMix } from './armMix';
import type { SegmentParameters } from './segmentParameters';
import type { RateMultipliers } from './worldRates';

/** Each segment's rates as measured over last week: the baseline cohort's raw material. */
export interface LastWeekRates {
  readonly errorRate: Float64Array;
  readonly conversionRate: Float64Array;
}

const clampRate = (rate: number) => Math.min(1, Math.max(0, rate));

/**
 * Sets an arm's pooled error and conversion rates for one interval from its segments'
 * requests, their visits and the world's multipliers, and the same hours' rates of last
 * week. Conversion is per visit, so segments weigh in by visits, errors by requests.
 * O(segments): cheap enough to run every interval, unlike the latency mix.
 */
export function applyWorld(
  mix: ArmMix,
  segments: readonly Segment[],
  requests: ArrayLike<number>,
  parameters: readonly SegmentParameters[],
  multipliers: RateMultipliers,
  lastWeek: LastWeekRates,
): void {
  let total = 0;
  let visits = 0;
  for (let s = 0; s < segments.length; s++) {
    total += requests[s] ?? 0;
    visits += (requests[s] ?? 0) / (segments[s]?.requestsPerVisit ?? 1);
  }
  if (total <= 0) return;
  // Weights as the latency mix forms them, so a still world draws exactly what it did.
  let errors = 0;
  let conversions = 0;
  let referenceErrors = 0;
  let referenceConversions = 0;
  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s];
    const rates = parameters[s];
    if (!segment || !rates) continue;
    const weight = (requests[s] ?? 0) / total;
    const visitWeight = visits > 0 ? (requests[s] ?? 0) / segment.requestsPerVisit / visits : 0;
    errors += weight * clampRate(rates.errorRate * (multipliers.errors[s] ?? 1));
    conversions += visitWeight * clampRate(rates.conversionRate * (multipliers.conversion[s] ?? 1));
    referenceErrors +=
      weight * clampRate((lastWeek.errorRate[s] ?? 0) * (multipliers.lastWeekErrors[s] ?? 1));
    referenceConversions +=
      visitWeight *
      clampRate((lastWeek.conversionRate[s] ?? 0) * (multipliers.lastWeekConversion[s] ?? 1));
  }
  mix.visitsPerRequest = visits / total;
  mix.errorRate = errors;
  mix.conversionRate = conversions;
  mix.referenceErrorRate = referenceErrors;
  mix.referenceConversionRate = referenceConversions;
}
