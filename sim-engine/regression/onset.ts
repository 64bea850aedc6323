import type { Onset } from '../domain/scenario';

/** What decides whether a regression shows at a given minute. */
export interface OnsetContext {
  readonly minute: number;
  /** First minute the new version served anyone; null before that. */
  readonly firstExposureMinute: number | null;
  /** Share of all traffic on the new version now, 0–1. */
  readonly canaryShare: number;
  /** Minutes after midnight on the affected segment's own clock (clock-bound onsets). */
  readonly localMinuteOfDay?: number;
}

/** Whether a local time of day falls in [from, to), wrapping past midnight when to < from. */
export function withinClockHours(minuteOfDay: number, fromMinute: number, toMinute: number) {
  return fromMinute <= toMinute
    ? minuteOfDay >= fromMinute && minuteOfDay < toMinute
    : minuteOfDay >= fromMinute || minuteOfDay < toMinute;
}

/** How strongly a regression shows at a moment: 0 (not at all) to 1 (its full effect). */
export function onsetIntensity(onset: Onset, context: OnsetContext): number {
  const { minute, firstExposureMinute, canaryShare } = context;
  if (firstExposureMinute === null || canaryShare <= 0) return 0;
  const uptime = minute - firstExposureMinute;
  switch (onset.type) {
    case 'immediate':
      return 1;
    case 'delayed':
      return uptime >= onset.afterMinutes ? 1 : 0;
    case 'growing':
      return Math.min(1, Math.max(0, uptime / onset.fullAfterMinutes));
    case 'above-share':
      // A small tolerance: 20 % of traffic reached through rounding still counts as 20 %.
      return canaryShare >= onset.share - 1e-9 ? 1 : 0;
    case 'intermittent':
      return uptime % onset.everyMinutes < onset.forMinutes ? 1 : 0;
    case 'clock-hours':
      return withinClockHours(context.localMinuteOfDay ?? 0, onset.fromMinute, onset.toMinute)
        ? 1
        : 0;
  }
}
