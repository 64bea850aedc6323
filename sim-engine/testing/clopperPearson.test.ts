import { describe, expect, it } from 'vitest';
import { clopperPearson } from './clopperPearson';

describe('clopperPearson', () => {
  // scipy: beta.ppf(0.025, k, n − k + 1) and beta.ppf(0.975, k + 1, n − k).
  it.each([
    [1, 500, 5.0634334007415215e-5, 0.011092476898968787],
    [37, 500, 0.052635108548995224, 0.10055887474646992],
    [0, 500, 0, 0.007350610051907784],
    [500, 500, 0.9926493899480923, 1],
  ])('matches scipy for %i of %i', (successes, trials, lower, upper) => {
    const interval = clopperPearson(successes, trials);
    expect(interval.lower).toBeCloseTo(lower, 10);
    expect(interval.upper).toBeCloseTo(upper, 10);
  });
});
