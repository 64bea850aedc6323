import { describe, expect, it } from 'vitest';
import { calibratedLevel, crossingProbability, mixtureBoundary } from './finiteLooks';
import { normalCdf } from './normalDistribution';

describe('the crossing probability of a boundary over a finite schedule of looks', () => {
  it('is the normal tail beyond the boundary when there is a single look', () => {
    expect(crossingProbability([1.96])).toBeCloseTo(1 - normalCdf(1.96), 10);
    expect(crossingProbability([])).toBe(0);
  });

  it('grows with every look added, and never crosses an endless boundary', () => {
    const flat = (looks: number) => new Array<number>(looks).fill(2.5);
    expect(crossingProbability(flat(5))).toBeGreaterThan(crossingProbability(flat(2)));
    expect(crossingProbability(new Array<number>(10).fill(Number.POSITIVE_INFINITY))).toBeLessThan(
      1e-20,
    );
  });

  // Independent references: the published constants of Jennison & Turnbull, "Group
  // sequential methods with applications to clinical trials" (2000), tables 2.1 and 2.3
  // (two-sided α = 0.05 over 5 looks: Pocock 2.413, O'Brien–Fleming 2.040 · √(5/k), whose
  // upper side alone is crossed with probability ≈ 0.025), and python3 with scipy/numpy: a
  // recursion on a grid of 0.05 standard deviations not anchored at the boundary (Pocock
  // 0.025031, O'Brien–Fleming 0.025187, mixture 0.044491 and 0.004799) and a Brownian
  // Monte Carlo of 400,000 paths (0.02501, 0.02477, 0.04499 ± 0.00033, 0.00473 ± 0.00011).
  it.each([
    ['Pocock, 5 looks at 2.413', Array.from({ length: 5 }, () => 2.413), 0.02503, 0.0003],
    [
      "O'Brien–Fleming, 5 looks",
      Array.from({ length: 5 }, (_, k) => 2.04 * Math.sqrt(5 / (k + 1))),
      0.02519,
      0.0004,
    ],
    [
      'the mixture at level 0.1107, 48 looks',
      Array.from(mixtureBoundary(0.1107, 48, 10)),
      0.04499,
      0.0007,
    ],
    [
      'the mixture at level 0.02, 24 looks',
      Array.from(mixtureBoundary(0.02, 24, 10)),
      0.0048,
      0.0002,
    ],
    // The level calibrated for 0.045 over a 12 h stage's 144 looks: Monte Carlo of 400,000
    // paths 0.04478 ± 0.00033.
    [
      'the mixture at level 0.098451, 144 looks',
      Array.from(mixtureBoundary(0.098451, 144, 10)),
      0.04478,
      0.0007,
    ],
  ] as const)('matches the reference for %s', (_name, boundary, reference, tolerance) => {
    expect(Math.abs(crossingProbability(boundary) - reference)).toBeLessThanOrEqual(tolerance);
  });
});

describe('a mixture boundary calibrated to the looks a window gets', () => {
  it.each([
    [0.045, 48],
    [0.05 / 12, 144],
    [0.005 / 16, 36],
  ])(
    'at α = %f over %i looks is crossed with probability α (within 1 %% below)',
    (alpha, looks) => {
      const level = calibratedLevel(alpha, looks);
      const crossing = crossingProbability(mixtureBoundary(level, looks, 10));
      expect(crossing).toBeLessThanOrEqual(alpha);
      expect(crossing).toBeGreaterThanOrEqual(0.99 * alpha);
    },
  );

  it('spends the α that Ville’s bound leaves unspent: its level lies well above α', () => {
    // Python reference (scipy brentq on a recursion with a grid step of 0.2): 0.1108.
    const level = calibratedLevel(0.045, 48);
    expect(level).toBeGreaterThan(0.108);
    expect(level).toBeLessThan(0.113);
    // Ville's level over the same looks spends a third of α.
    expect(crossingProbability(mixtureBoundary(0.045, 48, 10))).toBeLessThan(0.016);
  });

  it('is the same number every time it is asked', () => {
    expect(calibratedLevel(0.01, 30)).toBe(calibratedLevel(0.01, 30));
  });

  it('refuses an α outside (0, 1)', () => {
    expect(() => calibratedLevel(0, 10)).toThrow(RangeError);
    expect(() => calibratedLevel(1, 10)).toThrow(RangeError);
  });
});
