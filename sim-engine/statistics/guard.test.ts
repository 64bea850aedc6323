import { describe, expect, it } from 'vitest';
import type { Guard, SequentialGuard } from './guard';
import {
  alwaysValidBounds,
  breachLevel,
  guardForSignificance,
  judgeCheck,
  mixingVarianceFor,
} from './guard';
import { defaultMixingVariance, logOneSidedRatio, oneSidedHalfWidth } from './mixtureSprt';

const sequential: SequentialGuard = { mode: 'sequential', alpha: 0.05, mixingVariance: 0.25 };
const point: Guard = { mode: 'point' };

describe('the one-sided mixture likelihood ratio', () => {
  // References: scipy, integrating N(θ̂; θ, V) / N(θ̂; h, V) against a half-normal(τ²)
  // mixture of θ − h ≥ 0 (quad, agreeing with the closed form and norm.logcdf), and brentq
  // for the root of log Λ₊ = log(1/α) on the closed form (quad loses digits at τ² ≪ V).
  it('matches the numerically integrated half-normal mixture', () => {
    expect(logOneSidedRatio(1.9, 0.7, 0.4, 2.3)).toBeCloseTo(1.137651889215451, 6);
    expect(logOneSidedRatio(0.9, 0.04, 0.5, 0.25)).toBeCloseTo(1.3946135062189422, 6);
  });

  it('weighs evidence below a hypothesis as the mirror image of evidence above it', () => {
    expect(logOneSidedRatio(0.1, 0.04, 0.5, 0.25, -1)).toBeCloseTo(1.3946135062189422, 6);
  });

  it('puts the one-sided half-width exactly where the ratio reaches 1/α', () => {
    expect(oneSidedHalfWidth(0.04, 0.05, 0.25)).toBeCloseTo(0.553239292729701, 6);
    expect(oneSidedHalfWidth(64, 0.05 / 15, 4)).toBeCloseTo(104.74125439696446, 6);
  });

  it('gives a zero half-width to an exact estimate and an infinite one to no information', () => {
    expect(oneSidedHalfWidth(0, 0.05, 1)).toBe(0);
    expect(oneSidedHalfWidth(Number.POSITIVE_INFINITY, 0.05, 1)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('defaultMixingVariance', () => {
  it('tunes the test to overshoots about the size of the limit', () => {
    expect(defaultMixingVariance(2, 'pct')).toBe(4);
    expect(defaultMixingVariance(200, 'ms')).toBe(40_000);
  });

  it('falls back to the smallest move worth catching when the limit is zero or tiny', () => {
    expect(defaultMixingVariance(0, 'pp')).toBeCloseTo(0.01, 12);
    expect(defaultMixingVariance(0, 'pct')).toBe(1);
    expect(defaultMixingVariance(0.1, 'ms')).toBe(400);
    expect(defaultMixingVariance(0)).toBe(1);
  });

  it('is used unless the guard sets its own mixing variance', () => {
    expect(mixingVarianceFor({ limit: 0.5, unit: 'pp' }, { mode: 'sequential', alpha: 0.05 })).toBe(
      0.25,
    );
    expect(mixingVarianceFor({ limit: 0.5 }, sequential)).toBe(0.25);
    expect(
      mixingVarianceFor({ limit: 0.5 }, { mode: 'sequential', alpha: 0.05, mixingVariance: 9 }),
    ).toBe(9);
  });
});

describe('guardForSignificance', () => {
  it('acts on point estimates when the plan sets no significance', () => {
    expect(guardForSignificance(null, 3, 5)).toEqual({ mode: 'point' });
  });

  it('splits the plan’s false-alarm budget over every metric and stage', () => {
    const guard = guardForSignificance({ confidence: 0.95 }, 3, 5);
    expect(guard.mode).toBe('sequential');
    expect(guard.mode === 'sequential' && guard.alpha).toBeCloseTo(0.05 / 15, 15);
  });
});

describe('judgeCheck', () => {
  it('says inside while the estimate is at or within the limit', () => {
    for (const guard of [sequential, point]) {
      expect(judgeCheck({ estimate: 0.3, variance: 0.01, limit: 0.5 }, guard)).toBe('inside');
      expect(judgeCheck({ estimate: 0.5, variance: 0.01, limit: 0.5 }, guard)).toBe('inside');
    }
  });

  it('says inside for an improvement (a negative move) however certain', () => {
    for (const guard of [sequential, point]) {
      expect(judgeCheck({ estimate: -3, variance: 1e-6, limit: 0 }, guard)).toBe('inside');
      expect(judgeCheck({ estimate: -3, variance: 0, limit: 0.5 }, guard)).toBe('inside');
    }
  });

  it('declares a breach in point mode as soon as the estimate passes the limit', () => {
    expect(judgeCheck({ estimate: 0.51, variance: 100, limit: 0.5 }, point)).toBe('breach');
  });

  it('calls a move beyond the limit amber until the evidence is always-valid, then breach', () => {
    const limit = 0.5;
    const variance = 0.04;
    const level = limit + oneSidedHalfWidth(variance, 0.05, 0.25);
    expect(judgeCheck({ estimate: 0.6, variance, limit }, sequential)).toBe('amber');
    expect(judgeCheck({ estimate: level - 1e-9, variance, limit }, sequential)).toBe('amber');
    expect(judgeCheck({ estimate: level + 1e-9, variance, limit }, sequential)).toBe('breach');
    // The same overshoot is proven once more data has shrunk the variance.
    expect(judgeCheck({ estimate: 0.6, variance: 0.0001, limit }, sequential)).toBe('breach');
  });

  it('breaches exactly when the estimate reaches the breach level', () => {
    const guard: SequentialGuard = { mode: 'sequential', alpha: 0.01 };
    for (const variance of [1e-4, 0.01, 0.3, 5, 400]) {
      for (const limit of [0, 0.5, 200]) {
        const level = breachLevel({ variance, limit, unit: 'ms' }, guard);
        const below = judgeCheck(
          { estimate: level * (1 - 1e-9), variance, limit, unit: 'ms' },
          guard,
        );
        const above = judgeCheck(
          { estimate: level * (1 + 1e-9), variance, limit, unit: 'ms' },
          guard,
        );
        expect([below, above]).toEqual(['amber', 'breach']);
      }
    }
  });

  it.each([
    ['no estimate yet', { estimate: Number.NaN, variance: Number.NaN, limit: 0 }],
    ['an estimate without a variance', { estimate: 5, variance: Number.NaN, limit: 0 }],
    ['no information at all', { estimate: 5, variance: Number.POSITIVE_INFINITY, limit: 0 }],
    ['an infinite estimate', { estimate: Number.POSITIVE_INFINITY, variance: 1, limit: 0 }],
    ['a negative variance', { estimate: 5, variance: -1, limit: 0 }],
  ])('never breaches on %s', (_label, check) => {
    expect(judgeCheck(check, sequential)).toBe('inside');
    expect(judgeCheck(check, point)).toBe('inside');
  });

  it('treats a zero variance beyond the limit as unproven in sequential mode', () => {
    // Zero plug-in variance comes from a handful of all-failed requests, not certainty.
    expect(judgeCheck({ estimate: 100, variance: 0, limit: 0.5 }, sequential)).toBe('amber');
    expect(judgeCheck({ estimate: 100, variance: 0, limit: 0.5 }, point)).toBe('breach');
    expect(judgeCheck({ estimate: 0, variance: 0, limit: 0 }, sequential)).toBe('inside');
  });

  it('rejects a guard that cannot keep its promise', () => {
    const check = { estimate: 1, variance: 0.1, limit: 0 };
    expect(() => judgeCheck(check, { mode: 'sequential', alpha: 0 })).toThrow(RangeError);
    expect(() => judgeCheck(check, { mode: 'sequential', alpha: 1.2 })).toThrow(RangeError);
    expect(() => judgeCheck(check, { ...sequential, mixingVariance: 0 })).toThrow(RangeError);
    expect(() => judgeCheck({ ...check, limit: Number.NaN }, point)).toThrow(RangeError);
  });
});

describe('alwaysValidBounds', () => {
  it('surrounds the estimate and narrows as data accumulate', () => {
    const wide = alwaysValidBounds({ estimate: 1, variance: 1, limit: 0.5 }, sequential);
    const narrow = alwaysValidBounds({ estimate: 1, variance: 0.01, limit: 0.5 }, sequential);
    expect(wide.lower).toBeLessThan(narrow.lower);
    expect(narrow.lower).toBeLessThan(1);
    expect(narrow.upper).toBeGreaterThan(1);
    expect(narrow.upper).toBeLessThan(wide.upper);
    expect(narrow.upper - 1).toBeCloseTo(1 - narrow.lower, 12);
  });

  it('excludes the limit from below exactly when the check is a breach', () => {
    const check = { estimate: 0.9, variance: 0.02, limit: 0.5 };
    const bounds = alwaysValidBounds(check, sequential);
    expect(bounds.lower > check.limit).toBe(judgeCheck(check, sequential) === 'breach');
  });

  it('spans the whole line when there is no data', () => {
    expect(alwaysValidBounds({ estimate: Number.NaN, variance: 1, limit: 0 }, sequential)).toEqual({
      lower: Number.NEGATIVE_INFINITY,
      upper: Number.POSITIVE_INFINITY,
    });
  });
});
