import type { GuardedMetric, Threshold } from '../domain/plan';
import type { ArmCounts } from '../metrics/armCounts';
import type { DispersionModel } from '../metrics/dispersion';
import { readCountedQuantile, type QuantileRead } from '../metrics/latencyHistogram';
import type { CohortReference, Estimated } from './cohortReference';

/*
 * A gate check reads every threshold in every window every 5 minutes, and the charts show
 * every arm's value of every metric at each check: about 30 reads per check. Each is written
 * into fields a reader owns (one reader per run), not into objects of its own — an object
 * per value, per variance factor and per reading were most of a run's garbage. The dashboard
 * value and the gate's value are the same reading (the gate adds its variance).
 */

/** A value and its sampling variance, written in place. */
interface Reading {
  value: number;
  variance: number;
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

/** Conversion is the one metric where down is bad. */
export function badDirection(metric: GuardedMetric): 1 | -1 {
  return metric === 'conversion' ? -1 : 1;
}

/** Counts independent: no clustered noise inflates their variance. */
const INDEPENDENT: DispersionModel = { varianceInflation: () => 1 };

/**
 * Reads thresholds and dashboard values from arm counts. `estimate` and `variance` hold the
 * last threshold read: the move in the bad direction in the threshold's units (NaN when there
 * is no data yet, and the gate must not act).
 */
export class ThresholdReader {
  estimate = Number.NaN;
  variance = Number.NaN;
  private readonly own: Reading = { value: Number.NaN, variance: Number.NaN };
  private readonly reference: Reading = { value: Number.NaN, variance: Number.NaN };
  private readonly quantile: QuantileRead = { valueMs: Number.NaN, density: 0, count: 0 };

  constructor(private readonly tailStart: number) {}

  /** The value a dashboard shows for an arm, in display units (rates in %, latency in ms). */
  displayValue(metric: GuardedMetric, counts: ArmCounts): number {
    const reading = this.own;
    if (!this.armValue(metric, counts, reading, false)) return Number.NaN;
    return isRate(metric) ? reading.value * 100 : reading.value;
  }

  /**
   * Reads a threshold from a window's counts: canary against all control, or against the
   * baseline cohort of the same segments, with the variance inflation the world's clustered
   * noise asks for over a window of `windowMinutes`. The estimate is positive when things got
   * worse.
   */
  read(
    threshold: Threshold,
    canary: ArmCounts,
    control: ArmCounts,
    cohort: CohortReference,
    dispersion: DispersionModel = INDEPENDENT,
    windowMinutes = 0,
  ): void {
    const { metric } = threshold;
    const { own, reference } = this;
    const ownTrials = metricTrials(metric, canary);
    const hasOwn = this.armValue(metric, canary, own, true);
    let hasReference = true;
    if (threshold.compare === 'control') {
      hasReference = this.armValue(metric, control, reference, true);
      const factor = dispersion.varianceInflation(
        metric,
        windowMinutes,
        metricTrials(metric, control),
      );
      if (hasReference && factor !== 1) reference.variance = reference.variance * factor;
    } else {
      cohortValue(metric, cohort, canary, reference);
    }
    if (!hasOwn || !hasReference) {
      this.estimate = Number.NaN;
      this.variance = Number.NaN;
      return;
    }
    atLeastBoundaryVariance(threshold, own, reference, ownTrials);
    const factor = dispersion.varianceInflation(metric, windowMinutes, ownTrials);
    if (factor !== 1) own.variance = own.variance * factor;
    this.writeMove(threshold, own, reference);
  }

  /** The move own − reference in the bad direction, in the threshold's units. */
  private writeMove(threshold: Threshold, own: Reading, reference: Reading): void {
    const move = badDirection(threshold.metric) * (own.value - reference.value);
    switch (threshold.unit) {
      case 'ms':
        this.estimate = move;
        this.variance = own.variance + reference.variance;
        return;
      case 'pp':
        this.estimate = 100 * move;
        this.variance = 1e4 * (own.variance + reference.variance);
        return;
      case 'pct': {
        if (!(reference.value > 0)) {
          this.estimate = Number.NaN;
          this.variance = Number.NaN;
          return;
        }
        const ratio = own.value / reference.value;
        // Delta method for (own - reference) / reference.
        const variance = (own.variance + ratio * ratio * reference.variance) / reference.value ** 2;
        this.estimate = (100 * move) / reference.value;
        this.variance = 1e4 * variance;
      }
    }
  }

  /** One arm's value of a metric into `into` (its variance only `withVariance`); false without data. */
  private armValue(
    metric: GuardedMetric,
    counts: ArmCounts,
    into: Reading,
    withVariance: boolean,
  ): boolean {
    switch (metric) {
      case 'error_rate':
        return observedRate(counts.errors, counts.requests, into, withVariance);
      case 'conversion':
        return observedRate(counts.conversions, counts.maturedVisits, into, withVariance);
      case 'hallucination_rate':
        return observedRate(counts.hallucinations, counts.graded, into, withVariance);
      case 'thumbs_down_rate':
        return observedRate(counts.thumbsDown, counts.feedback, into, withVariance);
      case 'token_cost':
        if (counts.requests <= 0) return false;
        into.value = counts.tokens / counts.requests;
        into.variance = counts.tokensVariance / (counts.requests * counts.requests);
        return true;
      case 'latency_p95':
        return this.observedQuantile(counts, 0.95, into, withVariance);
      case 'latency_p99':
        return this.observedQuantile(counts, 0.99, into, withVariance);
    }
  }

  private observedQuantile(
    counts: ArmCounts,
    q: number,
    into: Reading,
    withVariance: boolean,
  ): boolean {
    const read = this.quantile;
    if (!readCountedQuantile(counts.latency, this.tailStart, q, withVariance, read)) return false;
    into.value = read.valueMs;
    if (!withVariance) return true;
    if (read.density <= 0) return false;
    into.variance = (q * (1 - q)) / (read.count * read.density * read.density);
    return true;
  }
}

function observedRate(
  events: number,
  trials: number,
  into: Reading,
  withVariance: boolean,
): boolean {
  if (trials <= 0) return false;
  into.value = events / trials;
  if (!withVariance) return true;
  // The plug-in variance of 0 events in 3 trials would be 0; smooth it so little data
  // reads as uncertain rather than certain.
  const smoothed = (events + 0.5) / (trials + 1);
  into.variance = (smoothed * (1 - smoothed)) / trials;
  return true;
}

/**
 * Last week's rate at the same local hours as the canary's traffic (the world's rhythm
 * makes a night differ from a lunch hour), with the week's measurement variance.
 */
function sameHours(week: Estimated, expected: number, trials: number, into: Reading): void {
  if (!(trials > 0) || !(week.value > 0)) {
    into.value = week.value;
    into.variance = week.variance;
    return;
  }
  const value = expected / trials;
  into.value = value;
  into.variance = week.variance * (value / week.value) ** 2;
}

function cohortValue(
  metric: GuardedMetric,
  cohort: CohortReference,
  canary: ArmCounts,
  into: Reading,
): void {
  switch (metric) {
    case 'error_rate':
      return sameHours(cohort.errorRate, canary.referenceErrors, canary.requests, into);
    case 'conversion':
      return sameHours(
        cohort.conversionRate,
        canary.referenceConversions,
        canary.maturedVisits,
        into,
      );
    default: {
      const week = cohortEstimate(metric, cohort);
      into.value = week.value;
      into.variance = week.variance;
    }
  }
}

function cohortEstimate(metric: GuardedMetric, cohort: CohortReference): Estimated {
  switch (metric) {
    case 'hallucination_rate':
      return cohort.hallucinationRate;
    case 'thumbs_down_rate':
      return cohort.thumbsDownRate;
    case 'token_cost':
      return cohort.tokensPerQuery;
    case 'latency_p95':
      return cohort.latencyP95;
    default:
      return cohort.latencyP99;
  }
}

/** The rates (shown in %, and with a variance at least the limit's). A compare, not a set lookup: it runs at every read. */
function isRate(metric: GuardedMetric): boolean {
  return (
    metric === 'error_rate' ||
    metric === 'conversion' ||
    metric === 'hallucination_rate' ||
    metric === 'thumbs_down_rate'
  );
}

/**
 * A rate's variance is at least what it would be if the new version sat exactly at the limit
 * (the null hypothesis the guard tests). The plug-in variance alone is smallest exactly when
 * a thin canary looks bad by chance (few purchases: a low rate, a low p(1 − p)), which made
 * the guard over-confident in the first minutes of a small stage.
 */
function atLeastBoundaryVariance(
  threshold: Threshold,
  own: Reading,
  reference: Reading,
  trials: number,
): void {
  if (!isRate(threshold.metric) || !(trials > 0)) return;
  const direction = badDirection(threshold.metric);
  const atLimit =
    threshold.unit === 'pp'
      ? reference.value + (direction * threshold.limit) / 100
      : threshold.unit === 'pct'
        ? reference.value * (1 + (direction * threshold.limit) / 100)
        : own.value;
  const rate = Math.min(1, Math.max(0, atLimit));
  const variance = (rate * (1 - rate)) / trials;
  if (variance > own.variance) own.variance = variance;
}
