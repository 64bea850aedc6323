import { scaleLinear } from 'd3';
import type { Frame } from './frame';
import { innerRange } from './frame';
import { linePath } from './seriesPath';
import type { Tick } from './timeAxis';

export interface ProgressLine {
  readonly id: string;
  readonly title: string;
  readonly path: string;
  /** Share of the dimension's points in each attempt (NaN where it was not scored). */
  readonly shares: readonly number[];
  /** A dot per scored attempt: one attempt alone draws no line. */
  readonly points: readonly { readonly x: number; readonly y: number }[];
}

export interface ProgressChartModel {
  readonly lines: readonly ProgressLine[];
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
}

export interface ProgressInput {
  readonly dimensions: readonly {
    readonly id: string;
    readonly title: string;
    readonly points: number;
    readonly max: number;
  }[];
}

/** Each rubric dimension's share of its points across attempts, oldest first. */
export function progressChart(
  attempts: readonly ProgressInput[],
  frame: Frame,
): ProgressChartModel {
  const ids = new Map<string, string>();
  for (const attempt of attempts) for (const d of attempt.dimensions) ids.set(d.id, d.title);
  const range = innerRange(frame);
  const x = scaleLinear()
    .domain([0, Math.max(1, attempts.length - 1)])
    .range(range.x);
  const y = scaleLinear().domain([0, 1]).range(range.y);
  const lines = [...ids].map(([id, title]) => {
    const shares = attempts.map((attempt) => {
      const d = attempt.dimensions.find((dimension) => dimension.id === id);
      return d && d.max > 0 ? d.points / d.max : Number.NaN;
    });
    const points = shares.flatMap((share, i) =>
      Number.isFinite(share)
        ? [{ x: Math.round(x(i) * 10) / 10, y: Math.round(y(share) * 10) / 10 }]
        : [],
    );
    return { id, title, shares, points, path: linePath(shares, { x, y }) };
  });
  return {
    lines,
    xTicks: attempts.map((_, i) => ({
      value: i,
      position: Math.round(x(i) * 10) / 10,
      label: `#${i + 1}`,
    })),
    yTicks: [0, 0.5, 1].map((value) => ({
      value,
      position: Math.round(y(value) * 10) / 10,
      label: `${value * 100} %`,
    })),
  };
}
