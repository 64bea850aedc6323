import { describe, expect, it } from 'vitest';
import { createScenarioClock, isBusinessHours, nextBusinessMinute } from './localTime';

describe('createScenarioClock', () => {
  it('knows the weekday of the start date without a Date object', () => {
    // 2026-03-03 is a Tuesday; 2024-02-29 a Thursday; 2000-01-01 a Saturday.
    expect(createScenarioClock('2026-03-03T10:00').at(0).weekday).toBe(1);
    expect(createScenarioClock('2024-02-29T00:00').at(0).weekday).toBe(3);
    expect(createScenarioClock('2000-01-01T00:00').at(0).weekday).toBe(5);
  });

  it('labels minutes as local weekday and time, across midnight', () => {
    const clock = createScenarioClock('2026-03-03T22:30');
    expect(clock.label(0)).toBe('Tue 22:30');
    expect(clock.label(4 * 60 + 5)).toBe('Wed 02:35');
  });

  it('refuses a start that is not YYYY-MM-DDTHH:mm', () => {
    expect(() => createScenarioClock('tomorrow')).toThrow(RangeError);
  });
});

describe('business hours', () => {
  const clock = createScenarioClock('2026-03-06T17:00'); // a Friday

  it('are weekdays from 09:00 to 18:00', () => {
    expect(isBusinessHours(clock.at(0))).toBe(true);
    expect(isBusinessHours(clock.at(60))).toBe(false);
  });

  it('resume on Monday morning after a Friday evening', () => {
    const monday = nextBusinessMinute(clock, 60);
    expect(clock.label(monday)).toBe('Mon 09:00');
    expect(monday).toBe(2 * 1440 + 16 * 60);
  });
});
