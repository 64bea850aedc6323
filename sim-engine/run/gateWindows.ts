import type { Plan, ThresholdUnit } from '../domain/plan';
import { CHECK_INTERVAL_MINUTES } from '../domain/run';
import {
  windowLength,
  windowLooks,
  windowSchedule,
  windowTestLevel,
  type WindowSchedule,
} from '../gates/windowSchedule';
import { calibratedLevel } from '../statistics/finiteLooks';
import type { ArmCounts } from '../metrics/armCounts';
import type { SequentialGuard } from '../statistics/guard';
import type { ArmObserver } from './observation';

/** One window a gate reads: its data on both arms, its test's level, its τ² per threshold. */
export interface GateWindow {
  /** 0 reads the whole stage; 1, 2, … restart on the schedule. */
  readonly index: number;
  readonly startMinute: number;
  /** The first minute the window is no longer read (never, for the whole stage). */
  readonly endMinute: number;
  /**
   * The level of its mixture boundary: the level whose crossing probability over the
   * window's planned looks is its share of α (gates/windowSchedule.ts).
   */
  readonly alpha: number;
  /** Window 0: the level of the mirror test that proves a move inside its limit (NaN elsewhere). */
  readonly insideLevel: number;
  /** Minutes of data the window is planned to hold at its end. */
  readonly plannedMinutes: number;
  readonly canary: ArmCounts;
  readonly control: ArmCounts;
  /** τ² per threshold, fixed at the window's first usable look (NaN until then). */
  readonly mixingVariance: Float64Array;
  /** Each threshold's sequential test once its τ² is fixed (run/checks.ts keeps it here). */
  readonly tests: (WindowTest | undefined)[];
  /** Each threshold's reading at the latest look (run/windowReading.ts rewrites it). */
  readonly checks: (WindowCheck | undefined)[];
  /** Expected requests in the window's first `minutes` (traffic's daily rhythm included). */
  readonly expectedRequests: (minutes: number) => number;
}

/** One look at one threshold in a window, rewritten in place at each look. */
export interface WindowCheck {
  estimate: number;
  variance: number;
  limit: number;
  unit: ThresholdUnit;
}

/** A window's sequential test: its τ² is always set. */
export type WindowTest = SequentialGuard & {
  readonly mixingVariance: number;
  readonly logLevel: number;
};

/**
 * The windows of the current stage: opens each on its schedule before the interval it
 * starts with is drawn, and closes it once read for its planned length.
 */
export class GateWindows {
  active: GateWindow[] = [];
  private schedule: WindowSchedule = windowSchedule(undefined);
  private stageStart = 0;
  private nextIndex = 1;
  private alpha = 0;

  /** Expected requests before each minute of the horizon (flat when no curve is given). */
  private readonly cumulative: Float64Array | null;

  constructor(
    private readonly plan: Plan,
    private readonly canary: ArmObserver,
    private readonly control: ArmObserver,
    /** Expected requests per minute over the horizon, all segments together. */
    expectedTraffic?: ArrayLike<number>,
  ) {
    this.cumulative = expectedTraffic ? cumulativeSums(expectedTraffic) : null;
  }

  /** A new stage: only window 0, the stage's own sums, until the first restart. */
  startStage(stage: number, minute: number, alpha: number): void {
    this.schedule = windowSchedule(this.plan.stages[stage]?.hold);
    this.stageStart = minute;
    this.nextIndex = 1;
    this.alpha = alpha;
    this.active = [
      {
        index: 0,
        startMinute: minute,
        endMinute: Number.POSITIVE_INFINITY,
        alpha: this.level(0),
        insideLevel: alpha > 0 ? calibratedLevel(alpha, windowLooks(0, this.schedule)) : 0,
        plannedMinutes: windowLength(0, this.schedule),
        canary: this.canary.stage,
        control: this.control.stage,
        mixingVariance: this.emptyMixing(),
        tests: [],
        checks: [],
        expectedRequests: this.expectedFrom(minute),
      },
    ];
  }

  /** Opens every window due by the start of the interval about to be drawn. */
  openDue(intervalStartMinute: number): void {
    const { spacing } = this.schedule;
    while (this.stageStart + this.nextIndex * spacing <= intervalStartMinute) {
      const index = this.nextIndex++;
      const startMinute = this.stageStart + index * spacing;
      const startInterval = startMinute / CHECK_INTERVAL_MINUTES;
      this.active.push({
        index,
        startMinute,
        endMinute: startMinute + windowLength(index, this.schedule),
        alpha: this.level(index),
        insideLevel: Number.NaN,
        plannedMinutes: windowLength(index, this.schedule),
        canary: this.canary.openWindow(startInterval),
        control: this.control.openWindow(startInterval),
        mixingVariance: this.emptyMixing(),
        tests: [],
        checks: [],
        expectedRequests: this.expectedFrom(startMinute),
      });
    }
  }

  /** Closes the windows read for their whole length by `minute`. */
  closeEnded(minute: number): void {
    const ended = this.active.filter((window) => window.endMinute <= minute);
    if (ended.length === 0) return;
    for (const window of ended) {
      this.canary.closeWindow(window.canary);
      this.control.closeWindow(window.control);
    }
    this.active = this.active.filter((window) => window.endMinute > minute);
  }

  /** Window `index`'s boundary level; 0 when the plan has no sequential guard (point mode). */
  private level(index: number): number {
    return this.alpha > 0 ? windowTestLevel(index, this.schedule, this.alpha) : 0;
  }

  /** Expected requests from `start` over a number of minutes; minutes themselves without a curve. */
  private expectedFrom(start: number): (minutes: number) => number {
    const cumulative = this.cumulative;
    if (!cumulative) return (minutes) => minutes;
    return (minutes) => cumulativeAt(cumulative, start + minutes) - cumulativeAt(cumulative, start);
  }

  private emptyMixing(): Float64Array {
    return new Float64Array(this.plan.thresholds.length).fill(Number.NaN);
  }
}

function cumulativeSums(perMinute: ArrayLike<number>): Float64Array {
  const sums = new Float64Array(perMinute.length + 1);
  for (let minute = 0; minute < perMinute.length; minute++) {
    sums[minute + 1] = (sums[minute] ?? 0) + (perMinute[minute] ?? 0);
  }
  return sums;
}

/**
 * Expected requests before `minute` (fractions interpolated); past the horizon the traffic
 * goes on at its mean rate, so a planned end beyond the run still has a length.
 */
function cumulativeAt(sums: Float64Array, minute: number): number {
  const last = sums.length - 1;
  const total = sums[last] ?? 0;
  if (minute >= last) return total + (minute - last) * (last > 0 ? total / last : 1);
  const whole = Math.max(0, Math.floor(minute));
  const low = sums[whole] ?? 0;
  return low + (minute - whole) * ((sums[whole + 1] ?? low) - low);
}
