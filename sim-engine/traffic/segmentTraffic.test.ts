import { describe, expect, it } from 'vitest';
import { createScenarioClock } from '../clock/localTime';
import { fixtureScenario, SEVEN_SEGMENTS } from '../testing/fixtures';
import { SegmentTraffic } from './segmentTraffic';
import { requestsPerMinuteAt } from './trafficCurve';

describe('SegmentTraffic', () => {
  const shifted = SEVEN_SEGMENTS.map((segment, index) =>
    index === 4 ? { ...segment, clockOffsetHours: 7 } : segment,
  );
  const scenario = fixtureScenario({ segments: shifted, horizonMinutes: 2 * 1440 });
  const clock = createScenarioClock(scenario.start);
  const traffic = new SegmentTraffic(scenario, clock);

  it('sums a span of minutes exactly as minute-by-minute traffic would', () => {
    let expected = 0;
    for (let minute = 100; minute < 400; minute++)
      expected += requestsPerMinuteAt(scenario.traffic, clock, minute) * 0.02;
    expect(traffic.requests(0, 100, 400)).toBeCloseTo(expected, 6);
  });

  it('peaks a segment at its own local peak hour', () => {
    const peakMinute = (s: number) => {
      let best = 0;
      let bestMinute = 0;
      for (let minute = 0; minute < 1440; minute++) {
        const value = traffic.requests(s, minute, minute + 1);
        if (value > best) [best, bestMinute] = [value, minute];
      }
      return clock.at(bestMinute).hour;
    };
    expect(peakMinute(0)).toBeCloseTo(14, 1);
    expect(peakMinute(4)).toBeCloseTo(7, 1); // 14:00 there is 07:00 here
  });

  it('totals every segment’s traffic minute by minute', () => {
    let sum = 0;
    for (let s = 0; s < shifted.length; s++) sum += traffic.requests(s, 500, 501);
    expect(traffic.total[500]).toBeCloseTo(sum, 6);
  });
});

describe('SegmentTraffic behind the scenario clock', () => {
  it('keeps a weekday for a segment whose clock runs behind the start', () => {
    // Starts Saturday 02:00: a segment six hours behind is still on Friday night, a weekday.
    const scenario = fixtureScenario({
      start: '2026-03-07T02:00',
      horizonMinutes: 1440,
      segments: SEVEN_SEGMENTS.map((segment, index) =>
        index === 0 ? { ...segment, clockOffsetHours: -6 } : segment,
      ),
    });
    const clock = createScenarioClock(scenario.start);
    const traffic = new SegmentTraffic(scenario, clock);
    const friday = requestsPerMinuteAt(scenario.traffic, clock, -360) * 0.02;
    expect(traffic.requests(0, 0, 1)).toBeCloseTo(friday, 9);
    expect(clock.at(-360).weekday).toBe(4);
  });
});
