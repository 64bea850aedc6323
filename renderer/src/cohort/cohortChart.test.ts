import { describe, expect, it } from 'vitest';
import type { Frame } from '../charts/frame';
import { describeSpread, spreadChart, spreadOf } from './cohortChart';

const frame: Frame = { width: 100, height: 40, top: 0, right: 0, bottom: 0, left: 0 };
const shares = (...values: number[]) =>
  values.map((share, i) => ({ key: `k${i}`, label: `L${i}`, share }));

describe('spreadOf', () => {
  it('gives the minimum, the quartiles and the maximum of the shares', () => {
    expect(spreadOf([1, 0.2, 0.6, 0.8, 0.4])).toEqual({
      count: 5,
      min: 0.2,
      q1: 0.4,
      median: 0.6,
      q3: 0.8,
      max: 1,
    });
  });

  it('interpolates between values for an even count', () => {
    expect(spreadOf([0, 1])?.median).toBeCloseTo(0.5, 9);
  });

  it('is null when no learner was scored', () => {
    expect(spreadOf([])).toBeNull();
  });
});

describe('spreadChart', () => {
  it('places each learner’s dot at their share of the points', () => {
    const model = spreadChart(shares(0.25, 0.75), frame);
    expect(model.dots.map((d) => [d.label, d.x])).toEqual([
      ['L0', 25],
      ['L1', 75],
    ]);
  });

  it('draws the box from the first to the third quartile, with the median inside', () => {
    const model = spreadChart(shares(0.2, 0.4, 0.6, 0.8, 1), frame);
    expect(model.box).toMatchObject({ min: 20, q1: 40, median: 60, q3: 80, max: 100 });
  });

  it('stacks dots with equal shares so none hides another', () => {
    const model = spreadChart(shares(0.5, 0.5, 0.5), frame);
    expect(new Set(model.dots.map((d) => d.y)).size).toBe(3);
    expect(model.dots.map((d) => d.y - model.midY)).toEqual([0, -6, 6]);
  });

  it('labels the axis at 0, 50 and 100 %', () => {
    expect(spreadChart([], frame).ticks.map((t) => [t.label, t.position])).toEqual([
      ['0 %', 0],
      ['50 %', 50],
      ['100 %', 100],
    ]);
  });

  it('has no box when no learner was scored', () => {
    expect(spreadChart([], frame).box).toBeNull();
  });
});

describe('describeSpread', () => {
  it('puts the median, the middle half and the range in words', () => {
    expect(describeSpread('Segments', spreadOf([0.4, 0.8, 1]))).toBe(
      'Segments: 3 learners; median 80 % of the points, middle half 60 % to 90 %, range 40 % to 100 %.',
    );
  });

  it('says so when nobody was scored', () => {
    expect(describeSpread('Model-specific guard', null)).toBe(
      'Model-specific guard: no learner was scored on this dimension.',
    );
  });
});
