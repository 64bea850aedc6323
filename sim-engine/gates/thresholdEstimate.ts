import type { GuardedMetric, Threshold } from '../domain/plan';
import type { ArmCounts } from '../metrics/armCounts';
import { countedQuantile, countedQuantileValue } from '../metrics/latencyHistogram';
import type { CohortReference, Estimated } from './cohortReference';

/** A gate's reading of one threshold: the move in the bad direction, in the threshold's units. */
export interface ThresholdReading {
  readonly estimate: number;
  readonly variance: number;
}

/** No data yet: the gate must not act. */
const NO_READING: ThresholdReading = { estimate: Number.NaN, variance: Number.NaN };

function observedRate(events: number, trials: number): Estimated | null {
  if (trials <= 0) return null;
  // The plug-in variance of 0 events in 3 trials would be 0; smooth it so little data
  // reads as uncertain rather than certain.
  const smoothed = (events + 0.5) / (trials + 1);
  return { value: events / trials, variance: (smoothed * (1 - smoothed)) / trials };
}

function observedQuantile(counts: ArmCounts, tailStart: number, q: number): Estimated | null {
  const reading = countedQuantile(counts.latency, tailStart, q);
  if (!reading || reading.density <= 0) return null;
  return {
    value: reading.valueMs,
    variance: (q * (1 - q)) / (reading.count * reading.density * reading.density),
  };
}

function observedMean(total: number, totalVariance: number, count: number): Estimated | null {
  if (count <= 0) return null;
  return { value: total / count, variance: totalVariance / (count * count) };
}

/** The trials behind an arm's value of a metric (requests, matured visits, graded answers…). */
export function metricTrials(metric: GuardedMetric, counts: ArmCounts): number {
  switch (metric) {
    case 'error_rate':
    case 'token_cost':
      return counts.requests;
    case 'conversion':
      return counts.maturedVisits;
    case 'hallucination_rate':
      return counts.graded;
    case 'thumbs_down_rate':
      return counts.feedback;
    case 'latency_p95':
    case 'latency_p99':
      return counts.requests;
  }
}

/**
 * Factor by which an arm's plug-in variance under-states its true variance for this many
 * trials (clustered noise, metrics/dispersion.ts); 1 when the counts are independent.
 */
export type VarianceInflation = (metric: GuardedMetric, trials: number) => number;

const INDEPENDENT: VarianceInflation = () => 1;

/** One arm's value of a metric, or null without data. */
function armValue(metric: GuardedMetric, counts: ArmCounts, tailStart: number): Estimated | null {
  switch (metric) {
    case 'error_rate':
      return observedRate(counts.errors, counts.requests);
    case 'conversion':
      return observedRate(counts.conversions, counts.maturedVisits);
    case 'hallucination_rate':
      return observedRate(counts.hallucinations, counts.graded);
    case 'thumbs_down_rate':
      return observedRate(counts.thumbsDown, counts.feedback);
    case 'token_cost':
      return observedMean(counts.tokens, counts.tokensVariance, counts.requests);
    case 'latency_p95':
      return observedQuantile(counts, tailStart, 0.95);
    case 'latency_p99':
      return observedQuantile(counts, tailStart, 0.99);
  }
}

/**
 * Last week's rate at the same local hours as the canary's traffic (the world's rhythm
 * makes a night differ from a lunch hour), with the week's measurement variance.
 */
function sameHours(week: Estimated, expected: number, trials: number): Estimated {
  if (!(trials > 0) || !(week.value > 0)) return week;
  const value = expected / trials;
  return { value, variance: week.variance * (value / week.value) ** 2 };
}

function cohortValue(metric: GuardedMetric, cohort: CohortReference, canary: ArmCounts): Estimated {
  switch (metric) {
    case 'error_rate':
      return sameHours(cohort.errorRate, canary.referenceErrors, canary.requests);
    case 'conversion':
      return sameHours(cohort.conversionRate, canary.referenceConversions, canary.maturedVisits);
    case 'hallucination_rate':
      return cohort.hallucinationRate;
    case 'thumbs_down_rate':
      return cohort.thumbsDownRate;
    case 'token_cost':
      return cohort.tokensPerQuery;
    case 'latency_p95':
      return cohort.latencyP95;
    case 'latency_p99':
      return cohort.latencyP99;
  }
}

const RATE_METRICS = new Set<GuardedMetric>([
  'error_rate',
  'conversion',
  'hallucination_rate',
  'thumbs_down_rate',
]);

/**
 * A rate's variance is at least what it would be if the new version sat exactly at the limit
 * (the null hypothesis the guard tests). The plug-in variance alone is smallest exactly when
 * a thin canary looks bad by chance (few purchases: a low rate, a low p(1 − p)), which made
 * the guard over-confident in the first minutes of a small stage.
 */
function atLeastBoundaryVariance(
  threshold: Threshold,
  own: Estimated,
  reference: Estimated,
  trials: number,
): Estimated {
  if (!RATE_METRICS.has(threshold.metric) || !(trials > 0)) return own;
  const direction = badDirection(threshold.metric);
  const atLimit =
    threshold.unit === 'pp'
      ? reference.value + (direction * threshold.limit) / 100
      : threshold.unit === 'pct'
        ? reference.value * (1 + (direction * threshold.limit) / 100)
        : own.value;
  const rate = Math.min(1, Math.max(0, atLimit));
  const variance = (rate * (1 - rate)) / trials;
  return variance > own.variance ? { value: own.value, variance } : own;
}

function inflated<T extends Estimated | null>(value: T, factor: number): T {
  if (!value || factor === 1) return value;
  return { value: value.value, variance: value.variance * factor } as T;
}

/** Conversion is the one metric where down is bad. */
export function badDirection(metric: GuardedMetric): 1 | -1 {
  return metric === 'conversion' ? -1 : 1;
}

/** The value a dashboard shows for an arm, in display units (rates in %, latency in ms). */
export function displayValue(metric: GuardedMetric, counts: ArmCounts, tailStart: number): number {
  // armValue's values, without the variances a chart does not show (every arm, metric and
  // interval is drawn: no objects, and no density around a quantile).
  switch (metric) {
    case 'error_rate':
      return shownRate(counts.errors, counts.requests);
    case 'conversion':
      return shownRate(counts.conversions, counts.maturedVisits);
    case 'hallucination_rate':
      return shownRate(counts.hallucinations, counts.graded);
    case 'thumbs_down_rate':
      return shownRate(counts.thumbsDown, counts.feedback);
    case 'token_cost':
      return counts.requests > 0 ? counts.tokens / counts.requests : Number.NaN;
    case 'latency_p95':
      return countedQuantileValue(counts.latency, tailStart, 0.95);
    case 'latency_p99':
      return countedQuantileValue(counts.latency, tailStart, 0.99);
  }
}

/** A rate in %, as observedRate reads it. */
function shownRate(events: number, trials: number): number {
  return trials > 0 ? (events / trials) * 100 : Number.NaN;
}

/**
 * Reads a threshold from the stage's counts so far: canary against all control, or against
 * the baseline cohort of the same segments. The estimate is positive when things got worse.
 */
export function readThreshold(
  threshold: Threshold,
  canary: ArmCounts,
  control: ArmCounts,
  cohort: CohortReference,
  tailStart: number,
  inflation: VarianceInflation = INDEPENDENT,
): ThresholdReading {
  const { metric } = threshold;
  const ownTrials = metricTrials(metric, canary);
  const ownValue = armValue(metric, canary, tailStart);
  const reference =
    threshold.compare === 'control'
      ? inflated(
          armValue(metric, control, tailStart),
          inflation(metric, metricTrials(metric, control)),
        )
      : cohortValue(metric, cohort, canary);
  if (!ownValue || !reference) return NO_READING;
  const direction = badDirection(threshold.metric);
  const own = inflated(
    atLeastBoundaryVariance(threshold, ownValue, reference, ownTrials),
    inflation(metric, ownTrials),
  );
  const move = direction * (own.value - reference.value);
  switch (threshold.unit) {
    case 'ms':
      return { estimate: move, variance: own.variance + reference.variance };
    case 'pp':
      return { estimate: 100 * move, variance: 1e4 * (own.variance + reference.variance) };
    case 'pct': {
      if (!(reference.value > 0)) return NO_READING;
      const ratio = own.value / reference.value;
      // Delta method for (own - reference) / reference.
      const variance = (own.variance + ratio * ratio * reference.variance) / reference.value ** 2;
      return { estimate: (100 * move) / reference.value, variance: 1e4 * variance };
    }
  }
}
