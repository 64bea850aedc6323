import { describe, expect, it } from 'vitest';
import { bandPath, finiteExtent, linePath } from './seriesPath';

const identity = { x: (i: number) => i * 10, y: (v: number) => 100 - v };

describe('linePath', () => {
  it('draws a line through every value with coordinates rounded to a tenth', () => {
    expect(linePath(new Float32Array([0, 50, 100]), identity)).toBe('M0,100L10,50L20,0');
  });

  it('leaves a gap where a value is NaN', () => {
    expect(linePath(new Float32Array([1, Number.NaN, 3, 4]), identity)).toBe('M0,99ZM20,97L30,96');
  });

  it('draws nothing for an empty series', () => {
    expect(linePath(new Float32Array([]), identity)).toBe('');
  });
});

describe('bandPath', () => {
  it('closes the region between the lower and upper series', () => {
    expect(bandPath([0, 10], [20, 30], identity)).toBe('M0,80L10,70L10,90L0,100Z');
  });
});

describe('finiteExtent', () => {
  it('returns the smallest and largest finite value across series', () => {
    expect(finiteExtent([3, Number.NaN], new Float32Array([-2, 8]))).toEqual([-2, 8]);
  });

  it('returns null when no value is finite', () => {
    expect(finiteExtent([Number.NaN])).toBeNull();
  });
});
