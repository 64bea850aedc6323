import { describe, expect, it } from 'vitest';
import { createScenarioClock } from '../clock/localTime';
import { fixtureScenario, regression, SEVEN_SEGMENTS } from '../testing/fixtures';
import { withinClockHours } from './onset';
import { SegmentIntensities } from './segmentIntensities';

describe('withinClockHours', () => {
  it('includes the start and excludes the end of a daytime span', () => {
    expect(withinClockHours(660, 660, 840)).toBe(true);
    expect(withinClockHours(839, 660, 840)).toBe(true);
    expect(withinClockHours(840, 660, 840)).toBe(false);
    expect(withinClockHours(659, 660, 840)).toBe(false);
  });

  it('wraps past midnight when the span ends earlier than it starts', () => {
    expect(withinClockHours(23 * 60, 22 * 60, 2 * 60)).toBe(true);
    expect(withinClockHours(60, 22 * 60, 2 * 60)).toBe(true);
    expect(withinClockHours(12 * 60, 22 * 60, 2 * 60)).toBe(false);
  });
});

describe('SegmentIntensities', () => {
  // Lunch 11:00–14:00 on each segment's own clock; the scenario starts at 10:00.
  const lunch = regression({ onset: { type: 'clock-hours', fromMinute: 660, toMinute: 840 } });
  const segments = SEVEN_SEGMENTS.map((segment, index) =>
    index === 1 ? { ...segment, clockOffsetHours: 8 } : segment,
  );
  const scenario = fixtureScenario({ segments, regressions: [lunch] });
  const context = (minute: number) => ({ minute, firstExposureMinute: 0, canaryShare: 0.05 });

  function intensitiesAt(minute: number) {
    const intensities = new SegmentIntensities(scenario, createScenarioClock(scenario.start));
    intensities.advance(context(minute));
    return intensities.rows.map((row) => row[0]);
  }

  it('fails each segment at its own lunch hour: the shifted segment first', () => {
    // 10:30 at the scenario's clock is 18:30 for the segment eight hours ahead.
    expect(intensitiesAt(30)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // 12:00 here, 20:00 there.
    expect(intensitiesAt(120)).toEqual([1, 0, 1, 1, 1, 1, 1]);
    // 04:00 here is 12:00 there.
    expect(intensitiesAt(18 * 60)).toEqual([0, 1, 0, 0, 0, 0, 0]);
  });

  it('comes back every day', () => {
    expect(intensitiesAt(120 + 1440 * 3)).toEqual(intensitiesAt(120));
  });

  it('says when an intensity changed, so parameters are recomputed only then', () => {
    const intensities = new SegmentIntensities(scenario, createScenarioClock(scenario.start));
    expect(intensities.advance(context(120))).toBe(true);
    expect(intensities.advance(context(125))).toBe(false);
    expect(intensities.advance(context(300))).toBe(true);
  });
});
