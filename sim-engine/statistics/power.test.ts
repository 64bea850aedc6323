import { describe, expect, it } from 'vitest';
import { createSampler } from '../random/samplers';
import { createStreamFactory } from '../random/stream';
import type { Guard } from './guard';
import { judgeCheck } from './guard';
import type { DetectionQuestion } from './power';
import { detectionProbability, holdForPower, singleLookDetectionProbability } from './power';

// An error-rate threshold of +0.5 pp; with ~1 % errors and 50 canary requests a minute
// the cumulative estimate has variance ≈ 2 pp² / minutes elapsed.
const sequential: Guard = { mode: 'sequential', alpha: 0.05 / 15 };
const errorRate = { limit: 0.5, unit: 'pp', variancePerMinute: 2, guard: sequential } as const;
const SIX_HOURS = 6 * 60;
const THREE_DAYS = 3 * 24 * 60;

/** Power the slow, obvious way: walk every 5-minute check and ask judgeCheck. */
function bruteForceDetection(
  question: DetectionQuestion & { readonly holdMinutes: number },
  pathCount: number,
): number {
  const sampler = createSampler(createStreamFactory('brute force')('checks'));
  const firstVariance = question.variancePerMinute / 5;
  const checkCount = Math.floor(question.holdMinutes / 5);
  const unit = question.unit === undefined ? {} : { unit: question.unit };
  let caught = 0;
  for (let path = 0; path < pathCount; path++) {
    let walk = 0;
    for (let k = 1; k <= checkCount; k++) {
      walk += sampler.normal();
      const check = {
        estimate: question.effect + (Math.sqrt(firstVariance) * walk) / k,
        variance: firstVariance / k,
        limit: question.limit,
        ...unit,
      };
      if (judgeCheck(check, question.guard) === 'breach') {
        caught++;
        break;
      }
    }
  }
  return caught / pathCount;
}

describe('detectionProbability', () => {
  it('rises with the size of the true effect', () => {
    const powers = [0.55, 0.6, 0.7, 0.8, 1].map((effect) =>
      detectionProbability({ ...errorRate, effect, holdMinutes: SIX_HOURS }),
    );
    for (let i = 1; i < powers.length; i++) {
      expect(powers[i]).toBeGreaterThan(powers[i - 1] ?? Number.NaN);
    }
    expect(powers.at(-1)).toBeGreaterThan(0.95);
  });

  it('rises with traffic (a smaller variance per minute)', () => {
    const powers = [8, 4, 2, 1, 0.5].map((variancePerMinute) =>
      detectionProbability({
        ...errorRate,
        variancePerMinute,
        effect: 0.7,
        holdMinutes: SIX_HOURS,
      }),
    );
    for (let i = 1; i < powers.length; i++) {
      expect(powers[i]).toBeGreaterThan(powers[i - 1] ?? Number.NaN);
    }
  });

  it('rises with the length of the hold', () => {
    const powers = [60, SIX_HOURS, 24 * 60, THREE_DAYS].map((holdMinutes) =>
      detectionProbability({ ...errorRate, effect: 0.6, holdMinutes }),
    );
    for (let i = 1; i < powers.length; i++) {
      expect(powers[i]).toBeGreaterThan(powers[i - 1] ?? Number.NaN);
    }
  });

  // 20 000 simulated paths against 8000 (3000 for the slow 3-day walk) brute-force ones: the
  // difference has a standard error under 1 point, so 3 points is a ≥ 3-sigma band.
  it.each([
    ['sequential, 6-hour hold', { ...errorRate, effect: 0.8, holdMinutes: SIX_HOURS }, 8000],
    ['sequential, 3-day hold', { ...errorRate, effect: 0.6, holdMinutes: THREE_DAYS }, 3000],
    [
      'point mode at a release just inside the limit, 6-hour hold',
      { ...errorRate, guard: { mode: 'point' }, effect: 0.45, holdMinutes: SIX_HOURS },
      8000,
    ],
  ] as const)(
    'agrees with brute-force checking within 3 points (%s)',
    (_label, question, bruteCount) => {
      const simulated = detectionProbability({ ...question, pathCount: 20_000 });
      expect(Math.abs(simulated - bruteForceDetection(question, bruteCount))).toBeLessThanOrEqual(
        0.03,
      );
    },
  );

  it('matches the analytic normal cdf for a single look in point mode', () => {
    // One check after 5 minutes: V = 2 / 5; P(θ̂ > 0.5) = Φ(0.3 / √0.4) (scipy).
    const question = { ...errorRate, guard: { mode: 'point' }, effect: 0.8 } as const;
    expect(singleLookDetectionProbability({ ...question, variance: 0.4 })).toBeCloseTo(
      0.6823718520013758,
      6,
    );
    const simulated = detectionProbability({ ...question, holdMinutes: 5, pathCount: 20_000 });
    // Standard error 0.33 points at 20 000 paths.
    expect(Math.abs(simulated - 0.6823718520013758)).toBeLessThanOrEqual(0.015);
  });

  it('matches the analytic normal cdf for a single look in sequential mode', () => {
    // V = 0.01, τ² = 0.25, α = 0.05/15: breach level 0.5 + 0.371629 (scipy root of the
    // one-sided mixture's closed form with norm.logcdf); Φ((0.9 − 0.871629) / 0.1).
    const question = { ...errorRate, variancePerMinute: 0.05, effect: 0.9 } as const;
    expect(singleLookDetectionProbability({ ...question, variance: 0.01 })).toBeCloseTo(
      0.6116831947567192,
      6,
    );
    const simulated = detectionProbability({ ...question, holdMinutes: 5, pathCount: 20_000 });
    expect(Math.abs(simulated - 0.6116831947567192)).toBeLessThanOrEqual(0.015);
  });

  it('catches at most α of releases that sit exactly at the limit, even over 14 days', () => {
    const guard: Guard = { mode: 'sequential', alpha: 0.05 };
    const rate = detectionProbability({
      ...errorRate,
      guard,
      effect: 0.5,
      holdMinutes: 14 * 24 * 60,
    });
    expect(rate).toBeLessThanOrEqual(0.05);
  });

  it('rolls back most releases that sit inside the limit when acting on point estimates', () => {
    const rate = detectionProbability({
      ...errorRate,
      guard: { mode: 'point' },
      effect: 0.45,
      holdMinutes: SIX_HOURS,
    });
    expect(rate).toBeGreaterThan(0.5);
  });

  it('gives the same answer for the same question and seed', () => {
    const question = { ...errorRate, effect: 0.7, holdMinutes: SIX_HOURS };
    expect(detectionProbability(question)).toBe(detectionProbability(question));
    expect(detectionProbability({ ...question, seed: 7 })).toBe(
      detectionProbability({ ...question, seed: 7 }),
    );
  });

  it('is zero when the hold ends before the first check or there is no traffic', () => {
    expect(detectionProbability({ ...errorRate, effect: 5, holdMinutes: 4 })).toBe(0);
    expect(
      detectionProbability({
        ...errorRate,
        variancePerMinute: Number.POSITIVE_INFINITY,
        effect: 5,
        holdMinutes: SIX_HOURS,
      }),
    ).toBe(0);
  });

  it('counts only whole check intervals within the hold', () => {
    const question = { ...errorRate, guard: { mode: 'point' }, effect: 0.8 } as const;
    expect(detectionProbability({ ...question, holdMinutes: 9 })).toBe(
      detectionProbability({ ...question, holdMinutes: 5 }),
    );
  });

  it('rejects a variance per minute that is not positive', () => {
    expect(() =>
      detectionProbability({ ...errorRate, variancePerMinute: 0, effect: 1, holdMinutes: 60 }),
    ).toThrow(RangeError);
    expect(() =>
      detectionProbability({
        ...errorRate,
        variancePerMinute: Number.NaN,
        effect: 1,
        holdMinutes: 60,
      }),
    ).toThrow(RangeError);
  });
});

describe('singleLookDetectionProbability', () => {
  it('follows judgeCheck on degenerate looks', () => {
    const look = { effect: 0.8, limit: 0.5, variance: 0 } as const;
    expect(singleLookDetectionProbability({ ...look, guard: { mode: 'point' } })).toBe(1);
    expect(singleLookDetectionProbability({ ...look, guard: sequential })).toBe(0);
    expect(
      singleLookDetectionProbability({ ...look, variance: Number.NaN, guard: { mode: 'point' } }),
    ).toBe(0);
  });
});

describe('holdForPower', () => {
  it('returns the shortest hold on the 5-minute grid that reaches 80 % detection', () => {
    const question = { ...errorRate, effect: 0.8 };
    const hold = holdForPower(question);
    expect(hold).not.toBeNull();
    const minutes = hold ?? Number.NaN;
    expect(minutes % 5).toBe(0);
    // Separate simulations differ by Monte Carlo noise (about ±1 point at 2000 paths).
    expect(detectionProbability({ ...question, holdMinutes: minutes })).toBeGreaterThanOrEqual(
      0.77,
    );
    expect(detectionProbability({ ...question, holdMinutes: minutes - 5 })).toBeLessThanOrEqual(
      0.83,
    );
  });

  it('needs a shorter hold for a bigger effect and a longer one for a higher target', () => {
    const small = holdForPower({ ...errorRate, effect: 0.7 }) ?? Number.NaN;
    const big = holdForPower({ ...errorRate, effect: 1 }) ?? Number.NaN;
    const demanding = holdForPower({ ...errorRate, effect: 0.7, target: 0.95 }) ?? Number.NaN;
    expect(big).toBeLessThan(small);
    expect(demanding).toBeGreaterThan(small);
  });

  it('is null when the target is out of reach within the maximum hold', () => {
    expect(holdForPower({ ...errorRate, effect: 0.5 })).toBeNull();
    expect(holdForPower({ ...errorRate, effect: 0.7, maxHoldMinutes: 60 })).toBeNull();
  });
});
