import { describe, expect, it } from 'vitest';
import { onsetIntensity } from './onset';

const at = (minute: number, canaryShare = 0.05) => ({
  minute,
  firstExposureMinute: 0,
  canaryShare,
});

describe('onsetIntensity', () => {
  it('shows nothing before the new version serves anyone', () => {
    expect(
      onsetIntensity(
        { type: 'immediate' },
        { minute: 10, firstExposureMinute: null, canaryShare: 0 },
      ),
    ).toBe(0);
  });

  it('shows an immediate regression from the first request', () => {
    expect(onsetIntensity({ type: 'immediate' }, at(0))).toBe(1);
  });

  it('shows a delayed regression only after its delay', () => {
    const onset = { type: 'delayed', afterMinutes: 120 } as const;
    expect(onsetIntensity(onset, at(119))).toBe(0);
    expect(onsetIntensity(onset, at(120))).toBe(1);
  });

  it('grows a leak linearly to its full effect', () => {
    const onset = { type: 'growing', fullAfterMinutes: 600 } as const;
    expect(onsetIntensity(onset, at(150))).toBeCloseTo(0.25);
    expect(onsetIntensity(onset, at(900))).toBe(1);
  });

  it('shows a load-dependent regression only at or above its traffic share', () => {
    const onset = { type: 'above-share', share: 0.2 } as const;
    expect(onsetIntensity(onset, at(10, 0.05))).toBe(0);
    expect(onsetIntensity(onset, at(10, 0.2))).toBe(1);
  });

  it('switches an intermittent regression on and off on its cycle', () => {
    const onset = { type: 'intermittent', everyMinutes: 60, forMinutes: 10 } as const;
    expect([5, 15, 65, 75].map((minute) => onsetIntensity(onset, at(minute)))).toEqual([
      1, 0, 1, 0,
    ]);
  });
});
