import { area, line } from 'd3';

/** Maps an index to x and a value to y; both from d3 scales in callers. */
export interface Projection {
  readonly x: (index: number) => number;
  readonly y: (value: number) => number;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** A line through a typed series, with gaps where a value is NaN (no check, no traffic). */
export function linePath(values: ArrayLike<number>, { x, y }: Projection): string {
  const indexes = Array.from({ length: values.length }, (_, i) => i);
  const path = line<number>()
    .defined((i) => Number.isFinite(values[i] ?? Number.NaN))
    .x((i) => round(x(i)))
    .y((i) => round(y(values[i] ?? 0)));
  return path(indexes) ?? '';
}

/** The region between two series (a confidence interval), with the same gaps. */
export function bandPath(
  lower: ArrayLike<number>,
  upper: ArrayLike<number>,
  { x, y }: Projection,
): string {
  const indexes = Array.from({ length: lower.length }, (_, i) => i);
  const path = area<number>()
    .defined(
      (i) => Number.isFinite(lower[i] ?? Number.NaN) && Number.isFinite(upper[i] ?? Number.NaN),
    )
    .x((i) => round(x(i)))
    .y0((i) => round(y(lower[i] ?? 0)))
    .y1((i) => round(y(upper[i] ?? 0)));
  return path(indexes) ?? '';
}

/** Smallest and largest finite value over several series, or null when there is none. */
export function finiteExtent(...series: ArrayLike<number>[]): [number, number] | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const values of series) {
    for (let i = 0; i < values.length; i++) {
      const value = values[i] ?? Number.NaN;
      if (!Number.isFinite(value)) continue;
      if (value < min) min = value;
      if (value > max) max = value;
    }
  }
  return min <= max ? [min, max] : null;
}
