import { describe, expect, it } from 'vitest';
import type { CanaryReport } from '../../../sim-engine/index';
import { caughtText, compareDimensions, compareOutcomes } from './attemptComparison';

type Outcome = CanaryReport['outcome'];

function report(
  dimensions: { id: string; points: number; max: number }[],
  outcome: Partial<Outcome> = {},
): CanaryReport {
  return {
    score: {
      total: 70,
      band: 'adequate',
      penalties: [],
      dimensions: dimensions.map((d) => ({ ...d, title: d.id, verdict: 'partial', evidence: [] })),
    },
    hintsUsed: 1,
    outcome: {
      regressionPresent: true,
      caught: true,
      percentAtDetection: 5,
      detectionMinute: 190,
      rollbackCompleteMinute: 200,
      rollbackReason: 'breach',
      reachedFullRollout: false,
      minutesToFullRollout: null,
      falseRollback: false,
      exposedUsers: 1240.4,
      lostConversions: 3,
      overridesUsed: 0,
      ...outcome,
    },
  } as unknown as CanaryReport;
}

describe('comparing two attempts', () => {
  it('lines up each dimension’s points and the change from the first to the second', () => {
    const rows = compareDimensions(
      report([{ id: 'segments', points: 6, max: 15 }]),
      report([
        { id: 'segments', points: 13.5, max: 15 },
        { id: 'model-guard', points: 8, max: 10 },
      ]),
    );
    expect(rows).toEqual([
      { id: 'segments', title: 'segments', first: '6 / 15', second: '13.5 / 15', change: 7.5 },
      { id: 'model-guard', title: 'model-guard', first: null, second: '8 / 10', change: null },
    ]);
  });

  it('says where and when a regression was caught, or that it was missed', () => {
    expect(caughtText(report([]))).toBe('Caught at 5 % after 3 h 10 min');
    expect(caughtText(report([], { caught: false }))).toBe('Missed');
    expect(caughtText(report([], { regressionPresent: false, caught: null }))).toBe(
      'Healthy release',
    );
  });

  it('compares totals, rollouts and users exposed in words', () => {
    const rows = compareOutcomes(
      report([]),
      report([], {
        rollbackCompleteMinute: null,
        reachedFullRollout: true,
        minutesToFullRollout: 4320,
        exposedUsers: 0,
      }),
    );
    const byLabel = Object.fromEntries(rows.map((r) => [r.label, [r.first, r.second]]));
    // Non-breaking spaces keep each number with its unit.
    expect(byLabel['Rollout']).toEqual([
      'Rolled back after 3\u00a0h 20\u00a0min',
      'Full rollout after 3\u00a0days',
    ]);
    expect(byLabel['Users who met the regression']).toEqual(['1,240', '0']);
  });
});
