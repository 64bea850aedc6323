import { describe, expect, it } from 'vitest';
import { normalCdf } from './normalDistribution';

describe('normalCdf', () => {
  // Reference values from scipy.stats.norm.cdf.
  it.each([
    [-3, 0.0013498980316300933],
    [-1.3, 0.09680048458561036],
    [0, 0.5],
    [0.5, 0.6914624612740131],
    [2.1, 0.9821355794371834],
    [4, 0.9999683287581669],
  ])('gives the standard normal probability below %d to 7 digits', (z, expected) => {
    expect(normalCdf(z)).toBeCloseTo(expected, 7);
  });

  it('saturates at 0 and 1 far in the tails', () => {
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
    expect(normalCdf(Number.NaN)).toBeNaN();
  });
});
