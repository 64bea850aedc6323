import { describe, expect, it } from 'vitest';
import type { Monitoring } from '../domain/scenario';
import { DEFAULT_MONITORING, DEFAULT_PURCHASE_DELAY } from '../pack/defaultValues';
import { createSampler } from '../random/samplers';
import { createStreamFactory } from '../random/stream';
import { MaturingPurchases, type MaturedSums } from './maturingPurchases';
import {
  minutesToSeeConversions,
  purchaseArrivals,
  purchaseShareWithin,
  unseenConversionMinutes,
} from './purchaseDelay';

const FIXED_30: Monitoring = {
  conversionDelayMinutes: 30,
  purchaseDelay: {
    sameVisitShare: 1,
    sameVisitMedianMinutes: 0,
    returnMedianMinutes: 0,
    logSpread: 0,
  },
  evalSampleRate: 0.01,
};

/*
 * Reference shares of the default delay from scipy (norm.cdf of the two log-normals, the
 * mixture divided by its value at 1,440 minutes): committed numbers, not a dependency.
 */
const SCIPY_DEFAULT_SHARES: readonly (readonly [number, number])[] = [
  [20, 0.6224955726759775],
  [30, 0.6911753943583366],
  [60, 0.7612014160777597],
  [120, 0.8159522772707668],
  [420, 0.9365706557883744],
];

function sums(count: number): MaturedSums[] {
  return Array.from({ length: count }, () => ({ visits: 0, purchases: 0, referencePurchases: 0 }));
}

describe('the purchase delay', () => {
  it('matches an independent reference for the share of purchases made within m minutes', () => {
    for (const [minutes, share] of SCIPY_DEFAULT_SHARES)
      expect(purchaseShareWithin(DEFAULT_PURCHASE_DELAY, minutes)).toBeCloseTo(share, 6);
    expect(purchaseShareWithin(DEFAULT_PURCHASE_DELAY, 1440)).toBe(1);
  });

  it('shows a fixed delay exactly its length later, and the gates discount exactly that', () => {
    const arrivals = purchaseArrivals(FIXED_30);
    expect([...arrivals.offsets]).toEqual([6]);
    expect([...arrivals.shares]).toEqual([1]);
    for (const minutes of [5, 15, 30, 35, 60, 240])
      expect(unseenConversionMinutes(arrivals, minutes)).toBeCloseTo(Math.min(minutes, 30), 9);
    expect(minutesToSeeConversions(arrivals, 90)).toBeCloseTo(120, 6);
  });

  it('spreads the default delay over a day, most of it within the first hour', () => {
    const arrivals = purchaseArrivals(DEFAULT_MONITORING);
    const total = arrivals.shares.reduce((sum, share) => sum + share, 0);
    expect(total).toBeCloseTo(1, 12);
    expect(arrivals.span * 5).toBeLessThanOrEqual(1440 + 60);
    // Shown within 35 minutes of its interval: made within 30, reported 5 minutes later.
    expect(arrivals.seen[6]).toBeGreaterThan(0.6);
    expect(arrivals.seen[6]).toBeLessThan(0.75);
    expect(arrivals.offsets.length).toBeLessThan(80);
  });

  it('hides from a short window most of its conversions, from a long one only the tail', () => {
    const arrivals = purchaseArrivals(DEFAULT_MONITORING);
    const seenShare = (minutes: number) =>
      (minutes - unseenConversionMinutes(arrivals, minutes)) / minutes;
    expect(seenShare(30)).toBeLessThan(0.5);
    expect(seenShare(360)).toBeGreaterThan(0.75);
    expect(seenShare(360)).toBeLessThan(0.9);
    for (const minutes of [30, 120, 600])
      expect(
        minutesToSeeConversions(arrivals, minutes - unseenConversionMinutes(arrivals, minutes)),
      ).toBeCloseTo(minutes, 3);
  });
});

describe('maturing purchases', () => {
  it('shows each purchase at a delay drawn from the arrival profile, every visit once', () => {
    const arrivals = purchaseArrivals(DEFAULT_MONITORING);
    const maturing = new MaturingPurchases(arrivals, createSampler(createStreamFactory(3)('p')));
    const into = sums(1);
    const visits = 200_000;
    maturing.add(0, visits, visits * 0.5, visits * 0.4);
    let seenVisits = 0;
    let purchases = 0;
    const byOffset = new Map<number, number>();
    for (let index = 0; index < arrivals.span + 2; index++) {
      if (index > 0) maturing.add(index, 0, 0, 0);
      maturing.mature(index, [0], into);
      seenVisits += maturing.total.visits;
      purchases += maturing.total.purchases;
      byOffset.set(index, maturing.total.purchases);
    }
    // A range's fraction of a visit is one more visit by chance: whole within the offsets.
    expect(Math.abs(seenVisits - visits)).toBeLessThanOrEqual(arrivals.offsets.length);
    // Binomial(200,000, 0.5): a standard deviation of about 224 purchases.
    expect(Math.abs(purchases - visits * 0.5)).toBeLessThan(5 * 224);
    arrivals.offsets.forEach((offset, i) => {
      const expected = (arrivals.shares[i] ?? 0) * visits * 0.5;
      const drawn = byOffset.get(offset) ?? 0;
      expect(Math.abs(drawn - expected)).toBeLessThan(5 * Math.sqrt(expected) + 1);
    });
  });

  it('counts in a window only the visits since its start, as the gates discount it', () => {
    const arrivals = purchaseArrivals(DEFAULT_MONITORING);
    const maturing = new MaturingPurchases(arrivals, createSampler(createStreamFactory(4)('p')));
    const into = sums(2);
    const perInterval = 10_000;
    let window = 0;
    for (let index = 0; index < 400; index++) {
      maturing.add(index, perInterval, perInterval * 0.03, perInterval * 0.03);
      // The stage began at 300, a window at 360 (30 minutes ago at the last check).
      maturing.mature(index, [300, 394], into);
      if (index >= 394) window += into[1]?.visits ?? 0;
    }
    const expected = (perInterval * (30 - unseenConversionMinutes(arrivals, 30))) / 5;
    expect(Math.abs(window - expected)).toBeLessThan(0.02 * expected + 10);
  });

  it('gives the same draws for the same seed', () => {
    const draw = () => {
      const arrivals = purchaseArrivals(DEFAULT_MONITORING);
      const maturing = new MaturingPurchases(arrivals, createSampler(createStreamFactory(9)('p')));
      const into = sums(1);
      const seen: number[] = [];
      for (let index = 0; index < 50; index++) {
        maturing.add(index, 1000, 30, 30);
        maturing.mature(index, [10], into);
        seen.push(into[0]?.purchases ?? 0);
      }
      return seen;
    };
    expect(draw()).toEqual(draw());
  });
});
