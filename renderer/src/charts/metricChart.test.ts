import { describe, expect, it } from 'vitest';
import type { Frame } from './frame';
import { checkIndexAt, metricChart, worseRange, type MetricChartInput } from './metricChart';

const frame: Frame = { width: 110, height: 110, top: 10, right: 0, bottom: 0, left: 10 };
const gate = {
  estimate: new Float32Array([Number.NaN, 0.5, 1]),
  lower: new Float32Array([Number.NaN, 0, 0.5]),
  upper: new Float32Array([Number.NaN, 1, 1.5]),
  limit: new Float32Array([1, 1, 1]),
  windowStart: new Float32Array([Number.NaN, 0, 0]),
};
const input: MetricChartInput = {
  direction: 1,
  unit: 'pp',
  gate,
  change: null,
  intervalMinutes: 5,
  endMinute: 15,
  frame,
  visibleCount: 3,
};

describe('metricChart', () => {
  it('shades the breach zone above the limit when up is worse', () => {
    const model = metricChart(input);
    expect(model.breachZone?.y).toBe(10);
    expect(model.limitY).toBeCloseTo(model.y(1), 1);
    expect(model.breachZone?.height).toBeCloseTo((model.limitY ?? 0) - 10, 1);
  });

  it('draws conversion with its natural sign: a drop goes down and the breach zone is below', () => {
    const model = metricChart({ ...input, direction: -1, unit: 'pct' });
    const limitY = model.limitY ?? 0;
    expect(model.y(-1)).toBeCloseTo(limitY, 1);
    expect(model.breachZone).toEqual({ y: limitY, height: 110 - limitY });
    expect(model.limitLabel).toBe('limit −1 %');
    // The reading of 1 (one point worse) sits below zero.
    expect(model.y(-1)).toBeGreaterThan(model.zeroY);
  });

  it('keeps the opening noise of a stage from stretching the scale', () => {
    const noisy = {
      ...gate,
      estimate: new Float32Array([2000, 0.5, 1]),
      lower: new Float32Array([-5000, 0, 0.5]),
      upper: new Float32Array([9000, 1, 1.5]),
    };
    const model = metricChart({ ...input, gate: noisy });
    expect(model.domain[1]).toBeLessThanOrEqual(4);
    expect(model.clipped).toBe(true);
  });

  it('places each reading at the end of its check interval', () => {
    const model = metricChart(input);
    expect(model.estimatePath.startsWith(`M${Math.round(model.x(10) * 10) / 10},`)).toBe(true);
  });

  it('draws a metric the plan does not watch from its raw move alone, with no limit', () => {
    const model = metricChart({ ...input, gate: null, change: new Float32Array([0.1, 0.2, 3]) });
    expect(model.limitY).toBeNull();
    expect(model.breachZone).toBeNull();
    expect(model.changePath).not.toBe('');
  });

  it('labels ticks with a sign', () => {
    const labels = metricChart(input).yTicks.map((t) => t.label);
    expect(labels).toContain('0');
    expect(labels.some((l) => l.startsWith('+'))).toBe(true);
    expect(labels.some((l) => l.startsWith('−'))).toBe(true);
  });
});

describe('worseRange', () => {
  it('spans three quarters of a limit below zero to at least one and a half above', () => {
    expect(worseRange(2, [0.1])).toEqual([-1.5, 3]);
  });

  it('never reaches past four limits however large the readings', () => {
    expect(worseRange(2, [100])[1]).toBe(8);
  });

  it('scales by the typical move when there is no limit', () => {
    const [low, high] = worseRange(null, [0.1, -0.1, 0.2, 0.2]);
    expect(high).toBeCloseTo(0.3, 6);
    expect(low).toBeCloseTo(-0.15, 6);
  });
});

describe('checkIndexAt', () => {
  it('finds the latest check at or before a minute', () => {
    expect(checkIndexAt(4, 5)).toBe(-1);
    expect(checkIndexAt(10, 5)).toBe(1);
  });
});
