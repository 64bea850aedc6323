import { describe, expect, it } from 'vitest';
import { detectionProbability } from '../statistics/power';
import { windowAlpha, windowLooks, windowSchedule, windowTestLevel } from './windowSchedule';

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

describe('a window’s test calibrated to its planned looks', () => {
  // The power helper's random walks (an independent Monte Carlo of the same Gaussian reads)
  // at a true move exactly at the limit: the whole stage's test false-alarms with its share
  // of α over its looks, where Ville's level spent about a third of it.
  it.each([240, 720])(
    'false-alarms its share of α over a %i-minute stage at a move equal to the limit',
    (minutes) => {
      const schedule = windowSchedule({ type: 'time', minutes });
      const share = windowAlpha(0, schedule, 0.05);
      const variancePerMinute = 1;
      const question = (alpha: number) => ({
        effect: 0,
        limit: 0,
        variancePerMinute,
        holdMinutes: minutes,
        pathCount: 20_000,
        guard: {
          mode: 'sequential' as const,
          alpha,
          mixingVariance: (10 * variancePerMinute) / minutes,
        },
      });
      const calibrated = detectionProbability(question(windowTestLevel(0, schedule, 0.05)));
      // 20,000 paths: ±0.0015 is about one standard error.
      expect(Math.abs(calibrated - share)).toBeLessThanOrEqual(0.0045);
      expect(detectionProbability(question(share))).toBeLessThan(share / 2);
      expect(windowLooks(0, schedule)).toBe(minutes / 5);
    },
  );
});
