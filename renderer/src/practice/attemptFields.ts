import type { LoadedPack, Scenario } from '../../../sim-engine/index';
import type { AttemptRecord } from '../platform/platform';
import { dailyDateOfPack } from './dailyPack';
import { practiceSetRequestOf } from './generatedPacks';

// What spaced practice, the daily challenge and learning platforms need on a saved attempt,
// beyond its report: the change kind (a generated scenario is not in the library next time),
// the daily challenge's date or the practice set's request (what draws it again after a
// reload), and the time from opening the brief to the saved score.

let openedAt: number | null = null;

/** Called when a scenario's brief opens: the attempt's clock starts. */
export function markAttemptOpened(now: number = Date.now()): void {
  openedAt = now;
}

export type PracticeFields = Pick<
  AttemptRecord,
  'changeKind' | 'daily' | 'practiceSet' | 'activeSeconds'
>;

/** The optional fields of an attempt saved now on `scenario` of `pack`. */
export function practiceFields(
  scenario: Scenario,
  pack: LoadedPack,
  now: number = Date.now(),
): PracticeFields {
  const date = dailyDateOfPack(pack.id);
  const practiceSet = practiceSetRequestOf(pack.id);
  const seconds = openedAt === null ? null : Math.round((now - openedAt) / 1000);
  return {
    changeKind: scenario.changeKind,
    ...(date ? { daily: { date } } : {}),
    ...(practiceSet ? { practiceSet } : {}),
    // A clock that ran backwards (the system time changed) gives no duration rather than a lie.
    ...(seconds !== null && seconds >= 0 ? { activeSeconds: seconds } : {}),
  };
}
