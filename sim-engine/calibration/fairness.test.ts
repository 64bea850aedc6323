import { describe, expect, it } from 'vitest';
import { fixtureScenario, regression } from '../testing/fixtures';
import { allowedFailures, fairnessVerdict, requiredFailures, weakPlanFailed } from './fairness';
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
    rollbackCause: 'regression',
    percentAtRollback: 5,
    metric: 'error_rate',
    score: { total: 90, band: 'strong' },
    ...changes,
  };
}
const seeds = (count: number, changes: (seed: number) => Partial<SeedOutcome>) =>
  Array.from({ length: count }, (_, seed) => record({ seed, ...changes(seed) }));

const regressed = fixtureScenario({ regressions: [regression()] });
const healthy = fixtureScenario();
const missing: Partial<SeedOutcome> = {
  caught: false,
  contained: false,
  rollbackCause: null,
  reachedFullRollout: true,
  score: { total: 10, band: 'weak' },
};
const weakAlwaysFails = seeds(10, () => missing);

describe('weakPlanFailed', () => {
  it('fails a weak plan that misses the regression or lets the rollback wait', () => {
    expect(weakPlanFailed(record({ caught: false, contained: false }))).toBe(true);
    expect(weakPlanFailed(record({ caught: true, contained: false }))).toBe(true);
    expect(weakPlanFailed(record({ caught: true, contained: true }))).toBe(false);
  });

  it('fails a weak plan on a healthy release when it rolls back for any reason or never ships', () => {
    const ok = { caught: null, contained: null, rollbackCause: null, reachedFullRollout: true };
    expect(weakPlanFailed(record(ok))).toBe(false);
    expect(weakPlanFailed(record({ ...ok, rollbackCause: 'noise', falseRollback: true }))).toBe(
      true,
    );
    expect(weakPlanFailed(record({ ...ok, rollbackCause: 'inconclusive' }))).toBe(true);
    expect(weakPlanFailed(record({ ...ok, reachedFullRollout: false }))).toBe(true);
  });
});

describe('fairnessVerdict', () => {
  it('is fair when the strong plan catches in time and scores strong, and the weak plan fails', () => {
    expect(
      fairnessVerdict(
        regressed,
        seeds(10, () => ({})),
        weakAlwaysFails,
      ),
    ).toEqual({
      fair: true,
      reasons: [],
    });
  });

  it('does not count a strong plan that only panics on noise as catching', () => {
    const noisy = seeds(10, () => ({ caught: false, contained: false, rollbackCause: 'noise' }));
    const verdict = fairnessVerdict(regressed, noisy, weakAlwaysFails);
    expect(verdict.fair).toBe(false);
    expect(verdict.reasons[0]).toBe(
      'the strong plan fails to catch the regression in time in 100 % of seeds (allowed 10 %)',
    );
    expect(verdict.reasons[1]).toContain('rolls back on noise at 5 % on error rate');
    expect(verdict.reasons[1]).toContain("loosen the strong plan's error rate limit");
    expect(verdict.reasons[1]).toContain('seeds 0, 1, 2, 3, 4, …');
  });

  it('names the stage and seeds where the strong plan stopped inconclusive, and what to change', () => {
    const strong = seeds(10, (seed) =>
      seed === 3 || seed === 7
        ? {
            caught: false,
            contained: false,
            rollbackCause: 'inconclusive',
            metric: null,
            percentAtRollback: 25,
          }
        : {},
    );
    const verdict = fairnessVerdict(regressed, strong, weakAlwaysFails);
    expect(verdict.reasons).toEqual([
      'the strong plan fails to catch the regression in time in 20 % of seeds (allowed 10 %)',
      `  the strong plan stops inconclusive at 25 % — change: give the strong plan's 25 % hold a longer maxMinutes or "onInconclusive": "advance", or give the scenario more traffic (seeds 3, 7)`,
    ]);
  });

  it('allows exactly 10 % of seeds to fail', () => {
    const strong = seeds(20, (seed) => (seed < 2 ? missing : {}));
    expect(fairnessVerdict(regressed, strong, weakAlwaysFails).fair).toBe(true);
  });

  it('requires the strong reference plan in the strong band', () => {
    const strong = seeds(10, () => ({ score: { total: 51, band: 'adequate' } }));
    const verdict = fairnessVerdict(regressed, strong, weakAlwaysFails);
    expect(verdict.reasons).toEqual([
      "the strong plan's median score is 51, below the strong band (75) — change: the reference plan, or the scenario's rubricWeights if it punishes the seed's strong habits",
    ]);
  });

  it('requires the weak reference plan outside the strong band, even when it fails', () => {
    const weak = seeds(10, () => ({ ...missing, score: { total: 80, band: 'strong' } }));
    const verdict = fairnessVerdict(
      regressed,
      seeds(10, () => ({})),
      weak,
    );
    expect(verdict.fair).toBe(false);
    expect(verdict.reasons[0]).toContain("the weak plan's median score is 80");
  });

  it('on a healthy release allows at most 5 % stops of the strong plan', () => {
    const ok = { caught: null, contained: null, rollbackCause: null, reachedFullRollout: true };
    const strong = seeds(10, (seed) =>
      seed === 0
        ? { ...ok, rollbackCause: 'noise', falseRollback: true, reachedFullRollout: false }
        : ok,
    );
    const weak = seeds(10, () => ({
      ...ok,
      reachedFullRollout: false,
      score: { total: 20, band: 'weak' },
    }));
    const verdict = fairnessVerdict(healthy, strong, weak);
    expect(verdict.reasons[0]).toBe(
      'the strong plan stops the healthy release in 10 % of seeds (allowed 5 %)',
    );
  });

  it('names what the weak plan got away with when it passes too often', () => {
    const verdict = fairnessVerdict(
      regressed,
      seeds(10, () => ({})),
      seeds(10, () => ({ score: { total: 40, band: 'weak' } })),
    );
    expect(verdict.reasons[0]).toBe('the weak plan fails in only 0 % of seeds (needs 50 %)');
    expect(verdict.reasons[1]).toContain('catches it in time at 5 % on error rate');
    expect(verdict.reasons[1]).toContain(
      'change: make the regression one a random 1 % hour cannot see',
    );
  });

  it('holds a scenario to the rule it is given: a level may let the weak plan catch, or the strong plan miss more', () => {
    const weakCatches = seeds(20, (seed) =>
      seed < 15 ? { score: { total: 40, band: 'weak' } } : missing,
    );
    const strongMissesFour = seeds(20, (seed) => (seed < 4 ? missing : {}));
    const easy = { strongSuccess: 0.9, strongFalseRollback: 0.05, weakFailure: 0.25 };
    const nearTheLimit = { strongSuccess: 0.8, strongFalseRollback: 0.05, weakFailure: 0.8 };
    expect(
      fairnessVerdict(
        regressed,
        seeds(20, () => ({})),
        weakCatches,
      ).fair,
    ).toBe(false);
    expect(
      fairnessVerdict(
        regressed,
        seeds(20, () => ({})),
        weakCatches,
        easy,
      ),
    ).toEqual({
      fair: true,
      reasons: [],
    });
    expect(fairnessVerdict(regressed, strongMissesFour, weakAlwaysFails).fair).toBe(false);
    expect(fairnessVerdict(regressed, strongMissesFour, weakAlwaysFails, nearTheLimit).fair).toBe(
      true,
    );
    const strongMissesFive = seeds(20, (seed) => (seed < 5 ? missing : {}));
    expect(
      fairnessVerdict(regressed, strongMissesFive, weakAlwaysFails, nearTheLimit).reasons[0],
    ).toBe('the strong plan fails to catch the regression in time in 25 % of seeds (allowed 20 %)');
    expect(
      fairnessVerdict(
        regressed,
        seeds(20, () => ({})),
        weakCatches,
        nearTheLimit,
      ).reasons[0],
    ).toBe('the weak plan fails in only 25 % of seeds (needs 80 %)');
  });

  it('counts its shares in whole seeds, so a share that is a whole count is not lost to rounding', () => {
    expect(allowedFailures(0.1, 20)).toBe(2);
    expect(allowedFailures(1 - 0.9, 20)).toBe(2);
    expect(allowedFailures(0.05, 19)).toBe(0);
    expect(requiredFailures(0.5, 20)).toBe(10);
    expect(requiredFailures(0.8, 20)).toBe(16);
    expect(requiredFailures(0.5, 19)).toBe(10);
    expect(requiredFailures(0, 20)).toBe(0);
  });
});
