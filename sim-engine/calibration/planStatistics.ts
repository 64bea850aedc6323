import { spreadOf, type Spread } from './quantiles';
import type { SeedOutcome } from './seedOutcome';

/** One plan's behaviour on one scenario over many seeds. */
export interface PlanStatistics {
  readonly seeds: number;
  /** Share of seeds where the regression was caught before 100 %; null on a healthy release. */
  readonly detectionRate: number | null;
  /** Share of seeds caught and rolled back within the containment window; null when healthy. */
  readonly containedRate: number | null;
  /** Share of seeds rolled back on noise (a false alarm), with or without a regression. */
  readonly falseRollbackRate: number | null;
  /** Share of seeds stopped by a metric hold the data could not decide. */
  readonly inconclusiveRate: number;
  readonly fullRolloutRate: number;
  /** Median minutes to 100 % over the seeds that got there; null when none did. */
  readonly medianMinutesToFullRollout: number | null;
  readonly medianExposedUsers: number;
  /** Score spread once runs are scored; null otherwise. */
  readonly score: Spread | null;
}

function rate(records: readonly SeedOutcome[], test: (record: SeedOutcome) => boolean): number {
  return records.length === 0 ? 0 : records.filter(test).length / records.length;
}

/** Summarises a plan's per-seed outcomes on one scenario. */
export function planStatistics(
  records: readonly SeedOutcome[],
  regressionPresent: boolean,
): PlanStatistics {
  const scores = records.flatMap((record) => (record.score ? [record.score.total] : []));
  const fullMinutes = records.flatMap((record) =>
    record.minutesToFullRollout === null ? [] : [record.minutesToFullRollout],
  );
  return {
    seeds: records.length,
    detectionRate: regressionPresent ? rate(records, (record) => record.caught === true) : null,
    containedRate: regressionPresent ? rate(records, (record) => record.contained === true) : null,
    falseRollbackRate: rate(records, (record) => record.falseRollback),
    inconclusiveRate: rate(records, (record) => record.rollbackCause === 'inconclusive'),
    fullRolloutRate: rate(records, (record) => record.reachedFullRollout),
    medianMinutesToFullRollout: spreadOf(fullMinutes)?.median ?? null,
    medianExposedUsers: spreadOf(records.map((record) => record.exposedUsers))?.median ?? 0,
    score: scores.length === records.length ? spreadOf(scores) : null,
  };
}
