import { describe, expect, it } from 'vitest';
import type { Frame } from './frame';
import { thresholdChart } from './thresholdChart';

const frame: Frame = { width: 110, height: 110, top: 10, right: 0, bottom: 0, left: 10 };
const series = {
  estimate: new Float32Array([Number.NaN, 0.5, 1]),
  lower: new Float32Array([Number.NaN, 0, 0.5]),
  upper: new Float32Array([Number.NaN, 1, 2]),
  limit: new Float32Array([1.5, 1.5, 1.5]),
  windowStart: new Float32Array([Number.NaN, 0, 0]),
};

describe('thresholdChart', () => {
  const model = thresholdChart(series, 5, 10, frame, (v) => `${v}`);

  it('draws the estimate from the first checked interval on', () => {
    expect(model.estimatePath).toBe('M60,85L110,60');
  });

  it('draws the limit as a line across the run', () => {
    expect(model.limitPath).toBe('M10,35L60,35L110,35');
  });

  it('shades the region beyond the limit as the breach zone', () => {
    expect(model.breachRect).toEqual({ y: 10, height: 25 });
  });

  it('closes the confidence interval as a band', () => {
    expect(model.intervalPath).toBe('M60,60L110,10L110,85L60,110Z');
  });
});

describe('thresholdChart headroom', () => {
  it('keeps a quarter of headroom above a limit nothing came near', () => {
    const quiet = {
      ...series,
      upper: new Float32Array([Number.NaN, 1, 1]),
      limit: new Float32Array([4, 4, 4]),
    };
    expect(thresholdChart(quiet, 5, 10, frame, String).breachRect.height).toBeGreaterThan(10);
  });
});
