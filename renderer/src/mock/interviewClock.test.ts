import { describe, expect, it } from 'vitest';
import {
  createClock,
  formatClock,
  formatDuration,
  isOver,
  pauseClock,
  remainingSeconds,
  startClock,
  stopClock,
  usedSeconds,
  warningsCrossed,
  warningsFor,
} from './interviewClock';

describe('interviewClock', () => {
  it('counts down from the limit only while it runs', () => {
    const stopped = createClock(600);
    expect(remainingSeconds(stopped, 50_000)).toBe(600);
    const running = startClock(stopped, 1_000);
    expect(remainingSeconds(running, 31_000)).toBe(570);
    expect(usedSeconds(running, 31_000)).toBe(30);
  });

  it('rounds the seconds left up, so 0:00 means the time is really over', () => {
    const clock = startClock(createClock(10), 0);
    expect(remainingSeconds(clock, 9_001)).toBe(1);
    expect(isOver(clock, 9_999)).toBe(false);
    expect(isOver(clock, 10_000)).toBe(true);
    expect(remainingSeconds(clock, 99_000)).toBe(0);
  });

  it('refuses to pause in strict mode', () => {
    const clock = startClock(createClock(600, 0, true), 0);
    const after = pauseClock(clock, 10_000);
    expect(after).toBe(clock);
    expect(remainingSeconds(after, 20_000)).toBe(580);
  });

  it('pauses and continues in the practice variant', () => {
    const paused = pauseClock(startClock(createClock(600, 0, false), 0), 10_000);
    expect(remainingSeconds(paused, 500_000)).toBe(590);
    expect(remainingSeconds(startClock(paused, 500_000), 505_000)).toBe(585);
  });

  it('starts part-way when resumed with the seconds already used', () => {
    const clock = startClock(createClock(600, 420), 0);
    expect(remainingSeconds(clock, 0)).toBe(180);
    expect(remainingSeconds(stopClock(clock, 60_000), 999_000)).toBe(120);
  });

  it('warns at half-time, two minutes and thirty seconds left', () => {
    expect(warningsFor(600).map((w) => w.remainingSeconds)).toEqual([300, 120, 30]);
  });

  it('gives a short interview only the warnings that fall inside it, each once', () => {
    expect(warningsFor(60).map((w) => w.remainingSeconds)).toEqual([30]);
    expect(warningsFor(40).map((w) => w.remainingSeconds)).toEqual([30, 20]);
  });

  it('reports a warning once, when the seconds left fall past it', () => {
    const warnings = warningsFor(600);
    expect(warningsCrossed(warnings, 301, 300).map((w) => w.remainingSeconds)).toEqual([300]);
    expect(warningsCrossed(warnings, 300, 299)).toEqual([]);
    expect(warningsCrossed(warnings, 600, 0)).toHaveLength(3);
  });

  it('formats the countdown and its spoken form', () => {
    expect(formatClock(605)).toBe('10:05');
    expect(formatClock(9)).toBe('0:09');
    expect(formatDuration(90)).toBe('1 minute 30 seconds');
    expect(formatDuration(120)).toBe('2 minutes');
    expect(formatDuration(0)).toBe('0 seconds');
  });
});
