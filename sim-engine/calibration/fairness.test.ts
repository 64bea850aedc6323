import { describe, expect, it } from 'vitest';
import { fairnessVerdict, weakPlanFailed } from './fairness';
import { planStatistics } from './planStatistics';
import type { SeedOutcome } from './seedOutcome';

function record(changes: Partial<SeedOutcome>): SeedOutcome {
  return {
    seed: 0,
    caught: true,
    contained: true,
    falseRollback: false,
    reachedFullRollout: false,
    minutesToFullRollout: null,
    exposedUsers: 10,
    ...changes,
  };
}

describe('weakPlanFailed', () => {
  it('fails a weak plan that misses the regression or lets the rollback wait', () => {
    expect(weakPlanFailed(record({ caught: false, contained: false }))).toBe(true);
    expect(weakPlanFailed(record({ caught: true, contained: false }))).toBe(true);
    expect(weakPlanFailed(record({ caught: true, contained: true }))).toBe(false);
  });

  it('fails a weak plan on a healthy release when it rolls back or never ships', () => {
    const healthy = { caught: null, contained: null };
    expect(weakPlanFailed(record({ ...healthy, falseRollback: true }))).toBe(true);
    expect(weakPlanFailed(record({ ...healthy, reachedFullRollout: false }))).toBe(true);
    expect(weakPlanFailed(record({ ...healthy, reachedFullRollout: true }))).toBe(false);
  });
});

describe('fairnessVerdict', () => {
  it('requires the strong plan to catch in at least 90 % of seeds', () => {
    const records = [
      ...Array(8).fill(record({})),
      record({ caught: false }),
      record({ caught: false }),
    ];
    const verdict = fairnessVerdict(planStatistics(records, true), 1, true);
    expect(verdict.reasons).toEqual([
      'the strong plan catches the regression in only 80 % of seeds',
    ]);
  });

  it('on a healthy release allows at most 5 % false rollbacks and needs 100 % reached', () => {
    const healthy = { caught: null, contained: null, reachedFullRollout: true };
    const records = Array.from({ length: 10 }, (_, i) =>
      record({ ...healthy, falseRollback: i === 0, reachedFullRollout: i !== 0 }),
    );
    const verdict = fairnessVerdict(planStatistics(records, false), 0.5, false);
    expect(verdict.fair).toBe(false);
    expect(verdict.reasons).toEqual(['the strong plan rolls back a healthy release in 10 %']);
  });
});
