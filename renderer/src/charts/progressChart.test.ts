import { describe, expect, it } from 'vitest';
import type { Frame } from './frame';
import { progressChart } from './progressChart';

const frame: Frame = { width: 100, height: 100, top: 0, right: 0, bottom: 0, left: 0 };
const attempt = (points: number) => ({
  dimensions: [{ id: 'segments', title: 'Segments', points, max: 10 }],
});

describe('progressChart', () => {
  it('plots each dimension as its share of points, oldest attempt first', () => {
    const model = progressChart([attempt(5), attempt(10)], frame);
    expect(model.lines[0]?.shares).toEqual([0.5, 1]);
    expect(model.lines[0]?.path).toBe('M0,50L100,0');
  });

  it('marks a single attempt with a dot, since one point draws no line', () => {
    const model = progressChart([attempt(2)], frame);
    expect(model.lines[0]?.points).toEqual([{ x: 0, y: 80 }]);
  });

  it('leaves a gap for an attempt that did not score the dimension', () => {
    const model = progressChart([attempt(5), { dimensions: [] }, attempt(5)], frame);
    expect(model.lines[0]?.shares[1]).toBeNaN();
  });
});
