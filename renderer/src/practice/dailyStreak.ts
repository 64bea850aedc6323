import type { AttemptRecord } from '../platform/platform';
import { dailyDateOfPack } from './dailyPack';

export interface DailyStreak {
  /** Consecutive local dates with a daily challenge done, up to today (or yesterday). */
  readonly current: number;
  readonly best: number;
  readonly doneToday: boolean;
}

const DAY = 24 * 60 * 60 * 1000;

/** The local date `days` after `date` (read as UTC midnights, so no time zone shifts). */
function shifted(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}
const dayBefore = (date: string) => shifted(date, -1);

/** The daily challenge's date of an attempt, or null when it was not one. */
export function dailyDateOf(record: AttemptRecord): string | null {
  return record.daily?.date ?? dailyDateOfPack(record.report.packId);
}

/**
 * The streak on `today` (`YYYY-MM-DD`): a day counts when an attempt at that day's challenge was
 * saved. A streak not yet extended today is still alive until today ends.
 */
export function dailyStreak(attempts: readonly AttemptRecord[], today: string): DailyStreak {
  const dates = new Set(attempts.flatMap((record) => dailyDateOf(record) ?? []));
  const doneToday = dates.has(today);
  let current = 0;
  for (let day = doneToday ? today : dayBefore(today); dates.has(day); day = dayBefore(day))
    current++;
  let best = 0;
  for (const date of dates) {
    if (dates.has(dayBefore(date))) continue; // not the start of a run
    let length = 0;
    for (let day = date; dates.has(day); day = shifted(day, 1)) length++;
    best = Math.max(best, length);
  }
  return { current, best, doneToday };
}
