import type { AttemptRecord } from '../../contract/types';
import type { Scenario } from '../../sim-engine/index';
import { buildReport, scoreAttempt, WEAK_REFERENCE_PLAN } from '../../sim-engine/index';
import { builtInLibrary } from '../../scenarios/library';

/** The built-in library, as a saved attempt names its pack. */
export const library = builtInLibrary();

/** The moment a number of days before now, as a saved attempt records it. */
export const daysAgoIso = (daysAgo: number) =>
  new Date(Date.now() - daysAgo * 24 * 3600 * 1000).toISOString();

/**
 * A really scored practice attempt with the weak reference plan on a library scenario, saved
 * some days ago: what a learner's history holds after a poor try.
 */
export function weakPracticeAttempt(
  scenario: Scenario,
  id: string,
  daysAgo: number,
  extra: Partial<AttemptRecord> = {},
): AttemptRecord {
  const savedAt = daysAgoIso(daysAgo);
  const scored = scoreAttempt({ scenario, plan: WEAK_REFERENCE_PLAN, seed: 4 });
  const report = buildReport(scored, scenario, {
    packId: library.id,
    packVersion: library.version,
    mode: 'practice',
    createdAt: savedAt,
  });
  return { id, savedAt, report, changeKind: scenario.changeKind, ...extra };
}
