import { scaleLinear } from 'd3';
import type { Frame } from './frame';
import { innerRange } from './frame';

export interface Tick {
  readonly value: number;
  readonly position: number;
  readonly label: string;
}

const HOUR = 60;
const DAY = 24 * HOUR;

/** Tick steps in minutes that read well: hours for short runs, days for long ones. */
function tickStep(endMinute: number): number {
  const steps = [HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY];
  return steps.find((step) => endMinute / step <= 8) ?? 7 * DAY;
}

/** Hours while ticks are hours apart, days once they are days apart. */
export function minuteLabel(minute: number, step: number): string {
  return step >= DAY ? `day ${minute / DAY}` : `${Math.round(minute / HOUR)} h`;
}

/** The x scale over minutes from the start, and its ticks. */
export function timeAxis(endMinute: number, frame: Frame) {
  const scale = scaleLinear()
    .domain([0, Math.max(1, endMinute)])
    .range(innerRange(frame).x);
  const step = tickStep(endMinute);
  const ticks: Tick[] = [];
  for (let value = 0; value <= endMinute; value += step) {
    ticks.push({
      value,
      position: Math.round(scale(value) * 10) / 10,
      label: minuteLabel(value, step),
    });
  }
  return { scale, ticks };
}
