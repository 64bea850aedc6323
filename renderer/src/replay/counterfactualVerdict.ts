import { formatMinutes } from '../../../sim-engine/index';
import type { Outcome } from '../../../sim-engine/index';

const WITHIN_AN_HOUR = 60;

function caughtText(o: Outcome): string {
  const at = o.percentAtDetection === null ? '' : ` at ${o.percentAtDetection} %`;
  const after = formatMinutes(Math.max(0, (o.detectionMinute ?? 0) - (o.onsetMinute ?? 0)));
  const slow =
    o.caughtInTime === false && o.minutesToRollback !== null && o.minutesToRollback > WITHIN_AN_HOUR
      ? `, but the rollback took ${formatMinutes(o.minutesToRollback)}`
      : '';
  return `Caught${at} after ${after}${slow}`;
}

/**
 * What happened to one plan on the seed, read from the outcome's rollback cause (what was
 * really behind a rollback: the regression, noise, or a hold the data could not decide), so a
 * rollback on noise during a regression is a false alarm, not a catch.
 */
export function counterfactualVerdict(o: Outcome): string {
  switch (o.rollbackCause) {
    case 'regression':
      return o.caught
        ? caughtText(o)
        : 'Rolled back on the regression, but only after it reached everyone';
    case 'noise':
      return o.regressionPresent
        ? 'False alarm: rolled back on noise, not on the regression'
        : 'False alarm: rolled back a healthy release on noise';
    case 'inconclusive': {
      const at = o.percentAtDetection === null ? '' : ` at ${o.percentAtDetection} %`;
      return `Stopped undecided${at}: the data could not settle the hold`;
    }
    case null:
      if (o.regressionPresent) return 'Missed the regression';
      return o.reachedFullRollout
        ? 'Healthy release shipped, no false alarm'
        : 'Healthy release, still ramping when the run ended';
  }
}
