import type { CanaryReport } from '../domain/report';
import { buildReport } from '../report/report';
import { strongPlanFor } from '../scoring/referencePlans';
import { scoreAttempt } from '../scoring/scoreAttempt';
import { fixtureScenario } from './fixtures';

/**
 * A really scored report of the fixture's healthy week, saved on 4 March 2026 in pack-1: for
 * tests and benches of what stores, exports and reads reports. One threshold keeps its
 * threshold trials quick.
 */
export function sampleReport(): CanaryReport {
  const scenario = fixtureScenario({});
  const plan = {
    ...strongPlanFor(scenario),
    thresholds: strongPlanFor(scenario).thresholds.slice(0, 1),
  };
  return buildReport(scoreAttempt({ scenario, plan, seed: 3 }), scenario, {
    packId: 'pack-1',
    packVersion: '1',
    mode: 'practice',
    createdAt: '2026-03-04T10:00:00Z',
  });
}
