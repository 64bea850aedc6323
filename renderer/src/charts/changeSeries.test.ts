import { describe, expect, it } from 'vitest';
import { changeSeries, smoothingWindow } from './changeSeries';

const f = (values: number[]) => new Float32Array(values);
const d = (values: number[]) => new Float64Array(values);

describe('changeSeries', () => {
  it('reads the new version minus the old in percentage points for rates', () => {
    const change = changeSeries(
      {
        canary: f([1.5, 2]),
        control: f([1, 1]),
        canaryRequests: d([10, 10]),
        controlRequests: d([90, 90]),
      },
      'pp',
      2,
      1,
    );
    expect(Array.from(change.values)).toEqual([0.5, 1]);
  });

  it('weights a window by the requests behind each interval', () => {
    const change = changeSeries(
      {
        canary: f([0, 4]),
        control: f([1, 1]),
        canaryRequests: d([30, 10]),
        controlRequests: d([1, 1]),
      },
      'pp',
      2,
      2,
    );
    expect(change.values[1]).toBeCloseTo(0, 6);
  });

  it('gives a relative move in percent of the old level', () => {
    const change = changeSeries(
      { canary: f([90]), control: f([100]), canaryRequests: d([1]), controlRequests: d([1]) },
      'pct',
      1,
      1,
    );
    expect(change.values[0]).toBeCloseTo(-10, 6);
  });

  it('goes on after full rollout against the old version’s level from before it', () => {
    const change = changeSeries(
      {
        canary: f([1, 1, 3, 5]),
        control: f([1, 1, Number.NaN, Number.NaN]),
        canaryRequests: d([5, 5, 100, 100]),
        controlRequests: d([95, 95, 0, 0]),
      },
      'pp',
      4,
      1,
    );
    expect(change.frozenFrom).toBe(2);
    expect(change.frozenLevel).toBe(1);
    expect(Array.from(change.values)).toEqual([0, 0, 2, 4]);
  });

  it('leaves a gap where neither version served anything', () => {
    const change = changeSeries(
      {
        canary: f([Number.NaN]),
        control: f([Number.NaN]),
        canaryRequests: d([0]),
        controlRequests: d([0]),
      },
      'pp',
      1,
      1,
    );
    expect(change.values[0]).toBeNaN();
  });
});

describe('changeSeries during a rollback', () => {
  it('does not pretend the old version is gone when readings merely stop', () => {
    const change = changeSeries(
      {
        canary: f([1, Number.NaN]),
        control: f([1, Number.NaN]),
        canaryRequests: d([5, 5]),
        controlRequests: d([95, 95]),
      },
      'pp',
      2,
      1,
    );
    expect(change.frozenFrom).toBeNull();
    expect(change.values[1]).toBeNaN();
  });
});

describe('smoothingWindow', () => {
  it('averages an hour on a week and nothing on a short run', () => {
    expect(smoothingWindow(2016)).toBe(12);
    expect(smoothingWindow(12)).toBe(1);
  });
});
