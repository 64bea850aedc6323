import type { ScenarioClock } from '../../../sim-engine/index';

/**
 * `Day 8 Tue 09:00`: the scenario's clock with the day of the run, as the debrief's narrative
 * writes it. A week-long run passes each weekday twice, so the weekday alone is ambiguous
 * ("Tue 09:00" both starts and ends a 7-day run).
 */
export function withDay(clock: ScenarioClock): (minute: number) => string {
  const startMinuteOfDay = clock.at(0).minuteOfDay;
  return (minute) =>
    `Day ${Math.floor((startMinuteOfDay + minute) / 1440) + 1} ${clock.label(minute)}`;
}
