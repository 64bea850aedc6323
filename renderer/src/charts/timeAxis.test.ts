import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAME } from './frame';
import { elapsedLabel, fittedEnd, rampSpan, tickStep, timeAxis } from './timeAxis';

const wide = { ...DEFAULT_FRAME, width: 700, left: 60, right: 20 };
const phone = { ...DEFAULT_FRAME, width: 350, left: 52, right: 12 };

describe('timeAxis', () => {
  it('gives a 58-minute run a tick every 10 minutes on a wide chart', () => {
    const labels = timeAxis(58, wide).ticks.map((t) => t.label);
    expect(labels).toEqual(['0', '10 min', '20 min', '30 min', '40 min', '50 min']);
  });

  it('keeps at least 64 px between labels on a phone-wide chart', () => {
    const { ticks } = timeAxis(58, phone);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < ticks.length; i++) {
      expect((ticks[i]?.position ?? 0) - (ticks[i - 1]?.position ?? 0)).toBeGreaterThanOrEqual(64);
    }
  });

  it('labels a week in days', () => {
    const labels = timeAxis(7 * 24 * 60, wide).ticks.map((t) => t.label);
    expect(labels).toEqual(['0', '1 d', '2 d', '3 d', '4 d', '5 d', '6 d', '7 d']);
  });

  it('shows the day on ticks of a multi-day run drawn in half days', () => {
    const labels = timeAxis(2 * 24 * 60 + 300, { ...wide, width: 640 }).ticks.map((t) => t.label);
    expect(labels).toContain('1 d 12 h');
  });

  it('maps minute 0 to the left edge of the drawing area and the end to its right edge', () => {
    const { scale } = timeAxis(600, DEFAULT_FRAME);
    expect(scale(0)).toBe(DEFAULT_FRAME.left);
    expect(scale(600)).toBe(DEFAULT_FRAME.width - DEFAULT_FRAME.right);
  });
});

describe('tickStep', () => {
  it('never uses fewer than two ticks however narrow the chart', () => {
    expect(tickStep(60, 10)).toBe(30);
  });
});

describe('elapsedLabel', () => {
  it('says hours and minutes the way a person reads a clock', () => {
    expect(elapsedLabel(150)).toBe('2 h 30');
    expect(elapsedLabel(180)).toBe('3 h');
    expect(elapsedLabel(45)).toBe('45 min');
  });
});

describe('fittedEnd', () => {
  it('fits the axis to the run once it has ended', () => {
    expect(fittedEnd(483, 483)).toBe(483);
  });

  it('while playing, grows past what has been played without reaching for the horizon', () => {
    expect(fittedEnd(0, 10080)).toBe(60);
    expect(fittedEnd(70, 10080)).toBe(120);
    expect(fittedEnd(3000, 10080)).toBe(4 * 24 * 60);
  });
});

describe('rampSpan', () => {
  const week = {
    endMinute: 10080,
    onsetMinute: 60,
    detectionMinute: null,
    rollbackCompleteMinute: null,
    minutesToFullRollout: 120,
  };

  it('draws a two-hour ramp of a week-long run over a few hours', () => {
    expect(rampSpan(week)).toBe(4 * 60);
  });

  it('keeps the whole run when the ramp is most of it', () => {
    expect(
      rampSpan({ ...week, endMinute: 483, minutesToFullRollout: null, detectionMinute: 475 }),
    ).toBeNull();
  });
});
