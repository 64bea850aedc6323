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

/** Steps in minutes that read well on a clock: minutes, hours, half days, days. */
const STEPS = [5, 10, 15, 30, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY];

/** Widest label we draw is about 9 characters of 12 px type: keep ticks this far apart. */
export const MIN_TICK_SPACING_PX = 64;

/** The finest step that leaves every label its room (and at least two ticks on the axis). */
export function tickStep(endMinute: number, widthPx: number): number {
  const room = Math.max(2, Math.floor(widthPx / MIN_TICK_SPACING_PX));
  return STEPS.find((step) => endMinute / step <= room) ?? 7 * DAY;
}

/** Elapsed time as a reader says it: `0`, `45 min`, `3 h`, `2 h 30`, `2 d`, `1 d 12 h`. */
export function elapsedLabel(minute: number): string {
  if (minute === 0) return '0';
  if (minute < HOUR) return `${minute} min`;
  const days = Math.floor(minute / DAY);
  const hours = Math.floor((minute % DAY) / HOUR);
  const minutes = minute % HOUR;
  if (days > 0) return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${String(minutes).padStart(2, '0')}`;
}

/** The x scale over minutes since the release began, and ticks spaced for the drawn width. */
export function timeAxis(endMinute: number, frame: Frame) {
  const end = Math.max(1, endMinute);
  const scale = scaleLinear().domain([0, end]).range(innerRange(frame).x);
  const step = tickStep(end, frame.width - frame.left - frame.right);
  const ticks: Tick[] = [];
  for (let value = 0; value <= end; value += step) {
    ticks.push({ value, position: Math.round(scale(value) * 10) / 10, label: elapsedLabel(value) });
  }
  return { scale, ticks, step };
}

/** Axis lengths a live run grows through, so the axis changes rarely and never hints at the end. */
const LIVE_SPANS = [
  HOUR,
  2 * HOUR,
  4 * HOUR,
  8 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  4 * DAY,
  7 * DAY,
  14 * DAY,
];

/**
 * The last minute of a chart's time axis. Once the run has ended it is the run's end; while it
 * plays it is the next comfortable span past what has been played, so a rollback after an hour
 * fills the chart instead of being a sliver of a week.
 */
export function fittedEnd(playedMinute: number, endMinute: number): number {
  if (playedMinute >= endMinute) return endMinute;
  const wanted = playedMinute * 1.15 + 5;
  return LIVE_SPANS.find((span) => span >= wanted) ?? Math.ceil(wanted / DAY) * DAY;
}

/** The moments that make a run's story, for choosing how much of the run a chart shows. */
export interface StoryMoments {
  readonly endMinute: number;
  readonly onsetMinute: number | null;
  readonly detectionMinute: number | null;
  readonly rollbackCompleteMinute: number | null;
  readonly minutesToFullRollout: number | null;
}

/**
 * The span from the start that holds the whole ramp and what decided it, or null when that is
 * most of the run anyway. A rollback after 3 h of a 7-day horizon is drawn over ~4 h, not a week.
 */
export function rampSpan(moments: StoryMoments): number | null {
  const last = Math.max(
    moments.onsetMinute ?? 0,
    moments.detectionMinute ?? 0,
    moments.rollbackCompleteMinute ?? 0,
    moments.minutesToFullRollout ?? 0,
  );
  const span = fittedEnd(last, Number.POSITIVE_INFINITY);
  return span >= moments.endMinute * 0.6 ? null : span;
}
