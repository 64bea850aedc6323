import type { Band } from '../domain/score';
import type { Outcome } from '../domain/run';

/**
 * A rollback that completes more than this many minutes after it was called did not contain
 * the damage: the seed says under five minutes; an hour is the point where a night's wait for
 * authority or a redeploy, not the mechanism, decided the outcome.
 */
export const CONTAINED_WITHIN_MINUTES = 60;

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
  /** Present once the run was scored. */
  readonly score?: { readonly total: number; readonly band: Band };
}

/** Keeps the calibration-relevant facts of a run's outcome. */
export function seedOutcome(
  seed: number,
  outcome: Outcome,
  score?: { readonly total: number; readonly band: Band },
): SeedOutcome {
  const requested = outcome.rollbackRequestedMinute;
  const complete = outcome.rollbackCompleteMinute;
  const quick =
    requested !== null && complete !== null && complete - requested <= CONTAINED_WITHIN_MINUTES;
  return {
    seed,
    caught: outcome.caught,
    contained: outcome.caught === null ? null : outcome.caught && quick,
    falseRollback: outcome.falseRollback,
    reachedFullRollout: outcome.reachedFullRollout,
    minutesToFullRollout: outcome.minutesToFullRollout,
    exposedUsers: outcome.exposedUsers,
    ...(score ? { score: { total: score.total, band: score.band } } : {}),
  };
}
