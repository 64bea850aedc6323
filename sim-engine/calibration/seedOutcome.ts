import type { GuardedMetric } from '../domain/plan';
import type { Band } from '../domain/score';
import type { Outcome, RollbackCause } from '../domain/run';
import { CONTAINED_WITHIN_MINUTES } from '../run/outcome';

export { CONTAINED_WITHIN_MINUTES };

/** What calibration keeps of one run: small, plain, and cheap to send between threads. */
export interface SeedOutcome {
  readonly seed: number;
  /** True / false with a regression; null on a healthy release. */
  readonly caught: boolean | null;
  /** Caught, and the rollback completed within CONTAINED_WITHIN_MINUTES of being called. */
  readonly contained: boolean | null;
  readonly falseRollback: boolean;
  readonly reachedFullRollout: boolean;
  readonly minutesToFullRollout: number | null;
  readonly exposedUsers: number;
  /** What was behind the rollback, where it was called, and on which metric (null without one). */
  readonly rollbackCause?: RollbackCause | null;
  readonly percentAtRollback?: number | null;
  readonly metric?: GuardedMetric | null;
  readonly minutesToRollback?: number | null;
  /** Present once the run was scored. */
  readonly score?: { readonly total: number; readonly band: Band };
}

/** Keeps the calibration-relevant facts of a run's outcome. */
export function seedOutcome(
  seed: number,
  outcome: Outcome,
  score?: { readonly total: number; readonly band: Band },
): SeedOutcome {
  return {
    seed,
    caught: outcome.caught,
    contained: outcome.caughtInTime,
    falseRollback: outcome.falseRollback,
    reachedFullRollout: outcome.reachedFullRollout,
    minutesToFullRollout: outcome.minutesToFullRollout,
    exposedUsers: outcome.exposedUsers,
    rollbackCause: outcome.rollbackCause,
    percentAtRollback: outcome.rollbackCause === null ? null : outcome.percentAtDetection,
    metric: outcome.rollbackCause === 'inconclusive' ? null : outcome.detectionMetric,
    minutesToRollback: outcome.minutesToRollback,
    ...(score ? { score: { total: score.total, band: score.band } } : {}),
  };
}
