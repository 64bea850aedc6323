import type { Hold } from '../domain/plan';
import { CHECK_INTERVAL_MINUTES } from '../domain/run';
import { calibratedLevel } from '../statistics/finiteLooks';

/*
 * A stage's false-alarm budget α (one guarded metric's share, familyWise.ts) is spent on
 * several always-valid tests, each reading a window of the stage's data:
 *
 * - window 0 reads everything since the stage began: the most power against a release that
 *   was bad from the start, which is what a stage is mostly for. It gets 90 % of α (the
 *   power helper's random walks: at a move a fixed z-test at α catches 90 % of the time,
 *   50 % of α gives 0.54 of power, 80 % 0.63, 100 % 0.66).
 * - windows 1, 2, … restart on a schedule: window k starts k · spacing after the stage began
 *   and is read for 2 · spacing. A regression that appears late shows at full size in the
 *   windows that start after it, where the stage's cumulative estimate dilutes it with the
 *   hours before. The planned windows (those starting within the hold's planned length)
 *   share three quarters of the remaining 10 % evenly; windows beyond it (a stage kept open
 *   while it waits for a sign-off) get the last quarter, halving from one to the next.
 *
 * Each test reads a known number of looks (its planned length in 5-minute reads), so its
 * mixture boundary is set at the level whose exact crossing probability over those looks is
 * its share (statistics/finiteLooks.ts), not at the share itself (Ville's bound over endless
 * looks, which spent a third of it). Window 0 acts only over its planned looks; a stage kept
 * open beyond them is guarded by the restarted windows. The budgets add up to at most α, so
 * by the union bound the stage's metric false-alarms with probability ≤ α whatever the
 * tests' correlation (they overlap in data, which only makes the bound more conservative).
 */

/** Planned windows per hold: a 24 h stage restarts every 90 minutes. */
export const WINDOWS_PER_HOLD = 16;
/** Windows never restart more often than this: shorter windows would hold too little data. */
export const SHORTEST_SPACING_MINUTES = 30;
/** Share of a stage's α given to window 0, the whole stage. */
export const WHOLE_STAGE_SHARE = 0.9;
/** Of the restarted windows' share, what the planned windows get. */
const PLANNED_SHARE = 0.75;

export interface WindowSchedule {
  /** The stage's planned length: a time hold's minutes, a metric hold's maxMinutes. */
  readonly plannedMinutes: number;
  /** Minutes between window starts; each window is read for twice this. */
  readonly spacing: number;
  /** Restarted windows starting within the planned length. */
  readonly plannedWindows: number;
}

/** The window schedule of a stage with this hold (a day when it has none). */
export function windowSchedule(hold: Hold | undefined): WindowSchedule {
  const plannedMinutes = !hold ? 1440 : hold.type === 'time' ? hold.minutes : hold.maxMinutes;
  const raw = Math.max(SHORTEST_SPACING_MINUTES, plannedMinutes / WINDOWS_PER_HOLD);
  const spacing = Math.ceil(raw / CHECK_INTERVAL_MINUTES) * CHECK_INTERVAL_MINUTES;
  const plannedWindows = Math.max(0, Math.ceil(plannedMinutes / spacing) - 1);
  return { plannedMinutes, spacing, plannedWindows };
}

/** The false-alarm rate of window `index` (0 = the whole stage) out of the stage's `alpha`. */
export function windowAlpha(index: number, schedule: WindowSchedule, alpha: number): number {
  if (index === 0) return WHOLE_STAGE_SHARE * alpha;
  const restarted = (1 - WHOLE_STAGE_SHARE) * alpha;
  if (index <= schedule.plannedWindows) {
    return (PLANNED_SHARE * restarted) / schedule.plannedWindows;
  }
  return (1 - PLANNED_SHARE) * restarted * 0.5 ** (index - schedule.plannedWindows);
}

/** Minutes of data window `index` is planned to hold at its end (the whole stage for 0). */
export function windowLength(index: number, schedule: WindowSchedule): number {
  return index === 0 ? schedule.plannedMinutes : 2 * schedule.spacing;
}

/** The 5-minute reads window `index` gets over its planned length. */
export function windowLooks(index: number, schedule: WindowSchedule): number {
  return Math.max(1, Math.floor(windowLength(index, schedule) / CHECK_INTERVAL_MINUTES));
}

/**
 * The level of window `index`'s mixture boundary: the level whose crossing probability over
 * the window's planned looks, at a true move exactly at the limit, is its share of `alpha`.
 */
export function windowTestLevel(index: number, schedule: WindowSchedule, alpha: number): number {
  return calibratedLevel(windowAlpha(index, schedule, alpha), windowLooks(index, schedule));
}
