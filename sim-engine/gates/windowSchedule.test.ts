import { describe, expect, it } from 'vitest';
import { windowAlpha, windowSchedule } from './windowSchedule';

describe('the window schedule of a stage', () => {
  it('restarts a 24 h stage every 90 minutes, each window read for 3 hours', () => {
    const schedule = windowSchedule({ type: 'time', minutes: 1440 });
    expect(schedule).toEqual({ plannedMinutes: 1440, spacing: 90, plannedWindows: 15 });
  });

  it('plans a metric hold to its maxMinutes and never restarts more often than every 30 minutes', () => {
    expect(windowSchedule({ type: 'metric', stableMinutes: 60, maxMinutes: 2880 }).spacing).toBe(
      180,
    );
    expect(windowSchedule({ type: 'time', minutes: 60 }).spacing).toBe(30);
  });

  it('spends at most the stage’s α over the whole stage and every window, however long it stays open', () => {
    for (const minutes of [60, 240, 1440, 4320]) {
      const schedule = windowSchedule({ type: 'time', minutes });
      let spent = 0;
      for (let index = 0; index < 200; index++) spent += windowAlpha(index, schedule, 0.01);
      expect(spent).toBeLessThanOrEqual(0.01 + 1e-15);
      expect(spent).toBeGreaterThan(0.0099);
    }
  });
});
