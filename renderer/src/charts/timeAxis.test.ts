import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAME } from './frame';
import { timeAxis } from './timeAxis';

describe('timeAxis', () => {
  it('labels a one-day run in hours, at most nine ticks', () => {
    const { ticks } = timeAxis(24 * 60, DEFAULT_FRAME);
    expect(ticks.map((t) => t.label)).toEqual([
      '0 h',
      '3 h',
      '6 h',
      '9 h',
      '12 h',
      '15 h',
      '18 h',
      '21 h',
      '24 h',
    ]);
  });

  it('labels a week in days', () => {
    const { ticks } = timeAxis(7 * 24 * 60, DEFAULT_FRAME);
    expect(ticks[1]?.label).toBe('day 1');
    expect(ticks.at(-1)?.label).toBe('day 7');
  });

  it('maps minute 0 to the left edge of the drawing area and the end to its right edge', () => {
    const { scale } = timeAxis(600, DEFAULT_FRAME);
    expect(scale(0)).toBe(DEFAULT_FRAME.left);
    expect(scale(600)).toBe(DEFAULT_FRAME.width - DEFAULT_FRAME.right);
  });
});
