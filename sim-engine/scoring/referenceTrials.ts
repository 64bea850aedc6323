import type { GuardedMetric, Plan } from '../domain/plan';
import type { Scenario } from '../domain/scenario';
import { thresholdTrials, type ThresholdTrial } from './thresholdTrials';

/**
 * What the strong reference plan's thresholds do in the same trial runs: the bar a learner's
 * thresholds are measured against, so the strong answer's own numbers are never charged (a
 * regression it catches in 5 of 6 trials, or a healthy copy on which its hold sometimes cannot
 * decide, is the scenario's difficulty, not the learner's mistake).
 */
export interface TrialBar {
  /** The reference's best catch rate; null on a healthy release. */
  readonly catchRate: number | null;
  /** The reference's share of healthy trial runs stopped, by metric. */
  readonly noiseByMetric: ReadonlyMap<GuardedMetric, number>;
}

/** The bar set by a reference plan on this scenario (its trials are cached like any plan's). */
export function trialBar(scenario: Scenario, reference: Plan): TrialBar {
  const trials = thresholdTrials(scenario, reference);
  const noiseByMetric = new Map<GuardedMetric, number>();
  for (const trial of trials) {
    const known = noiseByMetric.get(trial.threshold.metric) ?? 0;
    noiseByMetric.set(trial.threshold.metric, Math.max(known, trial.noiseRate));
  }
  return {
    catchRate:
      scenario.regressions.length === 0
        ? null
        : trials.reduce((best, trial) => Math.max(best, trial.catchRate ?? 0), 0),
    noiseByMetric,
  };
}

/** A bar that asks for perfection: no reference to compare with. */
export const PERFECT_BAR: TrialBar = { catchRate: 1, noiseByMetric: new Map() };

/** Healthy-copy stops beyond what the reference's threshold on the same metric does. */
export function excessNoise(trial: ThresholdTrial, bar: TrialBar): number {
  return Math.max(0, trial.noiseRate - (bar.noiseByMetric.get(trial.threshold.metric) ?? 0));
}

/** Catch credit relative to the reference: catching as often as the strong plan is full credit. */
export function catchCredit(rate: number, bar: TrialBar): number {
  const reference = bar.catchRate ?? 1;
  return reference <= 0 ? 1 : Math.min(1, rate / reference);
}
