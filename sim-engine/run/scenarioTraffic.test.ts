import { describe, expect, it } from 'vitest';
import { createScenarioClock } from '../clock/localTime';
import { fixtureScenario } from '../testing/fixtures';
import { SegmentTraffic } from '../traffic/segmentTraffic';
import { scenarioTraffic } from './scenarioTraffic';

describe('a scenario’s traffic, computed once', () => {
  const scenario = fixtureScenario();
  const clock = createScenarioClock(scenario.start);

  it('is shared by every run of the same scenario and by its healthy copy', () => {
    const first = scenarioTraffic(scenario, clock);
    expect(scenarioTraffic(scenario, clock)).toBe(first);
    expect(scenarioTraffic({ ...scenario, regressions: [] }, clock)).toBe(first);
  });

  it('is the curve SegmentTraffic computes for that scenario', () => {
    const fresh = new SegmentTraffic(scenario, clock);
    expect(Array.from(scenarioTraffic(scenario, clock).total)).toEqual(Array.from(fresh.total));
  });

  it('is computed anew when the segments, horizon or start differ', () => {
    const shared = scenarioTraffic(scenario, clock);
    const ahead = scenario.segments.map((segment) => ({ ...segment, clockOffsetHours: 3 }));
    const shifted = { ...scenario, segments: ahead };
    const shorter = { ...scenario, horizonMinutes: 1440 };
    const later = { ...scenario, start: '2026-03-03T09:00' };
    for (const changed of [shifted, shorter, later]) {
      const traffic = scenarioTraffic(changed, createScenarioClock(changed.start));
      expect(traffic).not.toBe(shared);
      const fresh = new SegmentTraffic(changed, createScenarioClock(changed.start));
      expect(Array.from(traffic.total)).toEqual(Array.from(fresh.total));
    }
  });
});
