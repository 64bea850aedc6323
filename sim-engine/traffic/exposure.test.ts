import { describe, expect, it } from 'vitest';
import { SEVEN_SEGMENTS } from '../testing/fixtures';
import { exposureOrder, segmentExposure } from './exposure';

const exposedShare = (exposure: Float64Array) =>
  SEVEN_SEGMENTS.reduce((sum, segment, s) => sum + segment.share * (exposure[s] ?? 0), 0);

describe('exposureOrder', () => {
  it('follows the cohort order by kind, then appends the segments the plan left out', () => {
    const order = exposureOrder(SEVEN_SEGMENTS, ['internal', 'low-risk']);
    expect(order.map((index) => SEVEN_SEGMENTS[index]?.kind)).toEqual([
      'internal',
      'low-risk',
      'early-access',
      'power-user',
      'general',
      'new-customer',
      'high-value',
    ]);
  });

  it('accepts segment ids as well as kinds, and lists each segment once', () => {
    const order = exposureOrder(SEVEN_SEGMENTS, ['beta', 'early-access', 'staff']);
    expect(order.slice(0, 2).map((index) => SEVEN_SEGMENTS[index]?.id)).toEqual(['beta', 'staff']);
    expect(new Set(order).size).toBe(SEVEN_SEGMENTS.length);
  });
});

describe('segmentExposure', () => {
  it('fills segments in cohort order, the last one partly', () => {
    const exposure = segmentExposure(SEVEN_SEGMENTS, ['internal', 'early-access', 'power-user'], 5);
    expect(Array.from(exposure.slice(0, 3))).toEqual([1, 0.6, 0]);
  });

  it('exposes exactly the stage percent of all traffic', () => {
    for (const percent of [1, 5, 20, 25, 50, 73.5]) {
      expect(
        exposedShare(segmentExposure(SEVEN_SEGMENTS, ['general', 'internal'], percent)),
      ).toBeCloseTo(percent / 100, 12);
    }
  });

  it('takes an even slice of every segment for a random cohort', () => {
    expect(Array.from(segmentExposure(SEVEN_SEGMENTS, 'random', 5))).toEqual(
      SEVEN_SEGMENTS.map(() => 0.05),
    );
  });

  it('exposes everyone at 100 %', () => {
    expect(Array.from(segmentExposure(SEVEN_SEGMENTS, ['internal'], 100))).toEqual(
      SEVEN_SEGMENTS.map(() => 1),
    );
  });
});
