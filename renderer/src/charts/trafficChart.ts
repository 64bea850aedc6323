import { scaleLinear } from 'd3';
import type { Frame } from './frame';
import { innerRange } from './frame';
import { linePath } from './seriesPath';
import { timeAxis, type Tick } from './timeAxis';

export interface TrafficChartModel {
  readonly sharePath: string;
  /** Spans of minutes where a regression was live on exposed traffic (revealed in replay). */
  readonly regressionSpans: readonly { readonly x: number; readonly width: number }[];
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly x: (minute: number) => number;
}

function spans(active: ArrayLike<number>, x: (i: number) => number, limit: number) {
  const result: { x: number; width: number }[] = [];
  let start = -1;
  for (let i = 0; i <= active.length; i++) {
    const on = i < active.length && active[i] === 1;
    if (on && start < 0) start = i;
    if (!on && start >= 0) {
      const from = Math.round(x(start) * 10) / 10;
      // The last span may run to the run's end, not past the drawing area.
      const to = Math.min(x(i), limit);
      result.push({ x: from, width: Math.round((to - x(start)) * 10) / 10 });
      start = -1;
    }
  }
  return result;
}

/** The new version's share of traffic over time (0–100 %). */
export function trafficChart(
  canaryShare: ArrayLike<number>,
  regressionActive: ArrayLike<number>,
  intervalMinutes: number,
  endMinute: number,
  frame: Frame,
  visibleCount: number = canaryShare.length,
): TrafficChartModel {
  const time = timeAxis(endMinute, frame);
  const y = scaleLinear().domain([0, 1]).range(innerRange(frame).y);
  const x = (i: number) => time.scale(i * intervalMinutes);
  return {
    sharePath: linePath(Array.prototype.slice.call(canaryShare, 0, visibleCount), { x, y }),
    regressionSpans: spans(regressionActive, x, innerRange(frame).x[1]),
    xTicks: time.ticks,
    yTicks: [0, 0.25, 0.5, 0.75, 1].map((value) => ({
      value,
      position: Math.round(y(value) * 10) / 10,
      label: `${value * 100} %`,
    })),
    x: (minute) => time.scale(minute),
  };
}
