import type { AttemptRecord } from '../platform/platform';
import { restoreDailyChallenge } from './dailyChallenge';
import { restorePracticeSet } from './practiceSet';

/**
 * Draws the generated pack of a saved attempt again and keeps it in the library: the daily
 * challenge from its date, a practice set from its request. Generated packs live only for the
 * session, so after a reload this is how their attempts are replayed. False when the attempt
 * was not on a generated pack, or when it cannot be drawn.
 */
export async function restoreGeneratedPack(record: AttemptRecord): Promise<boolean> {
  if (record.daily) return restoreDailyChallenge(record.daily.date);
  if (record.practiceSet) return restorePracticeSet(record.practiceSet);
  return false;
}
