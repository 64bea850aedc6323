import type { Plan } from '../domain/plan';
import { CHECK_INTERVAL_MINUTES } from '../domain/run';
import {
  windowAlpha,
  windowLength,
  windowSchedule,
  type WindowSchedule,
} from '../gates/windowSchedule';
import type { ArmCounts } from '../metrics/armCounts';
import type { SequentialGuard } from '../statistics/guard';
import type { ArmObserver } from './observation';

/** One window a gate reads: its data on both arms, its share of α, its τ² per threshold. */
export interface GateWindow {
  /** 0 reads the whole stage; 1, 2, … restart on the schedule. */
  readonly index: number;
  readonly startMinute: number;
  /** The first minute the window is no longer read (never, for the whole stage). */
  readonly endMinute: number;
  readonly alpha: number;
  /** Minutes of data the window is planned to hold at its end. */
  readonly plannedMinutes: number;
  readonly canary: ArmCounts;
  readonly control: ArmCounts;
  /** τ² per threshold, fixed at the window's first usable look (NaN until then). */
  readonly mixingVariance: Float64Array;
  /** Each threshold's sequential test once its τ² is fixed (run/checks.ts keeps it here). */
  readonly tests: (WindowTest | undefined)[];
}

/** A window's sequential test: its τ² is always set. */
export type WindowTest = SequentialGuard & { readonly mixingVariance: number };

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

  constructor(
    private readonly plan: Plan,
    private readonly canary: ArmObserver,
    private readonly control: ArmObserver,
  ) {}

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
        alpha: windowAlpha(0, this.schedule, alpha),
        plannedMinutes: windowLength(0, this.schedule),
        canary: this.canary.stage,
        control: this.control.stage,
        mixingVariance: this.emptyMixing(),
        tests: [],
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
        alpha: windowAlpha(index, this.schedule, this.alpha),
        plannedMinutes: windowLength(index, this.schedule),
        canary: this.canary.openWindow(startInterval),
        control: this.control.openWindow(startInterval),
        mixingVariance: this.emptyMixing(),
        tests: [],
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

  private emptyMixing(): Float64Array {
    return new Float64Array(this.plan.thresholds.length).fill(Number.NaN);
  }
}
