import { quantileSorted, scaleLinear } from 'd3';
import type { Frame } from '../charts/frame';
import { innerRange } from '../charts/frame';
import type { Tick } from '../charts/timeAxis';

/** A dot and box plot of one dimension's share of its points across learners; no DOM here. */

export interface ShareOf {
  readonly key: string;
  readonly label: string;
  readonly share: number;
}

export interface Spread {
  readonly count: number;
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
}

export interface SpreadChartModel {
  readonly dots: readonly {
    readonly key: string;
    readonly label: string;
    readonly x: number;
    readonly y: number;
  }[];
  /** The box's edges and whisker ends in chart coordinates; null with no learner scored. */
  readonly box: Spread | null;
  readonly spread: Spread | null;
  readonly ticks: readonly Tick[];
  readonly midY: number;
}

/** Dots closer than this (px) would hide each other: they are stacked instead. */
const OVERLAP = 5;
const STACK_STEP = 6;

const round = (value: number) => Math.round(value * 10) / 10;

/** Min, quartiles (linear interpolation, as d3.quantile) and max; null for no values. */
export function spreadOf(shares: readonly number[]): Spread | null {
  const sorted = [...shares].sort((a, b) => a - b);
  const q = (p: number) => quantileSorted(sorted, p) ?? Number.NaN;
  const [min, max] = [sorted[0], sorted.at(-1)];
  if (min === undefined || max === undefined) return null;
  return { count: sorted.length, min, q1: q(0.25), median: q(0.5), q3: q(0.75), max };
}

/** Alternates above and below the midline: 0, -1, +1, -2, +2 … steps. */
function stackOffset(rank: number): number {
  const step = Math.ceil(rank / 2);
  return (rank % 2 === 1 ? -step : step) * STACK_STEP;
}

export function spreadChart(values: readonly ShareOf[], frame: Frame): SpreadChartModel {
  const range = innerRange(frame);
  const x = scaleLinear().domain([0, 1]).range(range.x);
  const midY = round((frame.top + frame.height - frame.bottom) / 2);
  const placed: number[] = [];
  const dots = [...values]
    .sort((a, b) => a.share - b.share)
    .map((value) => {
      const cx = round(x(value.share));
      const rank = placed.filter((other) => Math.abs(other - cx) < OVERLAP).length;
      placed.push(cx);
      return { key: value.key, label: value.label, x: cx, y: midY + stackOffset(rank) };
    });
  const spread = spreadOf(values.map((v) => v.share));
  const box = spread && {
    count: spread.count,
    min: round(x(spread.min)),
    q1: round(x(spread.q1)),
    median: round(x(spread.median)),
    q3: round(x(spread.q3)),
    max: round(x(spread.max)),
  };
  const ticks = [0, 0.5, 1].map((value) => ({
    value,
    position: round(x(value)),
    label: `${value * 100} %`,
  }));
  return { dots, box, spread, ticks, midY };
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** The chart in words, for those who cannot see it (and anyone who prefers numbers). */
export function describeSpread(title: string, spread: Spread | null): string {
  if (!spread) return `${title}: no learner was scored on this dimension.`;
  const learners = spread.count === 1 ? '1 learner' : `${spread.count} learners`;
  return (
    `${title}: ${learners}; median ${percent(spread.median)} of the points, ` +
    `middle half ${percent(spread.q1)} to ${percent(spread.q3)}, ` +
    `range ${percent(spread.min)} to ${percent(spread.max)}.`
  );
}
