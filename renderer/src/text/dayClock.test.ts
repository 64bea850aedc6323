import { describe, expect, it } from 'vitest';
import { createScenarioClock } from '../../../sim-engine/index';
import { withDay } from './dayClock';

describe('withDay', () => {
  it('tells the start of a week-long run from its end, which fall on the same weekday', () => {
    const label = withDay(createScenarioClock('2026-03-03T09:00'));
    expect(label(0)).toBe('Day 1 Tue 09:00');
    expect(label(7 * 1440)).toBe('Day 8 Tue 09:00');
  });

  it('turns the day at midnight, not 24 hours after the start', () => {
    const label = withDay(createScenarioClock('2026-03-03T22:00'));
    expect(label(119)).toBe('Day 1 Tue 23:59');
    expect(label(120)).toBe('Day 2 Wed 00:00');
  });
});
