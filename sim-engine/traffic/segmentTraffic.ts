import type { LocalTime, ScenarioClock } from '../clock/localTime';
import type { Scenario } from '../domain/scenario';
import { requestsPerMinuteAt } from './trafficCurve';

/** The scenario's clock as seen from a segment whose own clock is `hours` ahead. */
export function shiftedClock(clock: ScenarioClock, hours: number): ScenarioClock {
  if (hours === 0) return clock;
  const shift = Math.round(hours * 60);
  return {
    at: (minute: number): LocalTime => clock.at(minute + shift),
    label: (minute: number) => clock.label(minute + shift),
  };
}

/**
 * Each segment's requests in its own local time: a region's evening is its own. A segment
 * whose clock is ahead by k minutes sees the scenario's curve k minutes later, so one curve,
 * computed once over the horizon widened by the largest shifts, serves every segment, and
 * its prefix sums make any span of minutes cost O(1): the cost per interval stays per
 * segment, never per minute or request.
 */
export class SegmentTraffic {
  /** Requests per minute of all segments together, minute by minute. */
  readonly total: Float64Array;
  /** Prefix sums of requests per minute, from minute `first` of the scenario's clock. */
  private readonly cumulative: Float64Array;
  private readonly first: number;
  private readonly shifts: number[];
  private readonly shares: number[];

  constructor(scenario: Scenario, clock: ScenarioClock) {
    const minutes = scenario.horizonMinutes;
    this.shares = scenario.segments.map((segment) => segment.share);
    this.shifts = scenario.segments.map((segment) => Math.round(segment.clockOffsetHours * 60));
    this.first = Math.min(0, ...this.shifts);
    const last = minutes + Math.max(0, ...this.shifts);
    this.cumulative = new Float64Array(last - this.first + 1);
    for (let minute = this.first; minute < last; minute++) {
      const index = minute - this.first;
      const rate = requestsPerMinuteAt(scenario.traffic, clock, minute);
      this.cumulative[index + 1] = (this.cumulative[index] ?? 0) + rate;
    }
    this.total = new Float64Array(minutes);
    for (let minute = 0; minute < minutes; minute++) {
      let sum = 0;
      for (let s = 0; s < this.shares.length; s++) sum += this.requests(s, minute, minute + 1);
      this.total[minute] = sum;
    }
  }

  /** Requests segment `s` makes from minute `start` up to (not including) `end`. */
  requests(s: number, start: number, end: number): number {
    if (end <= start) return 0;
    const offset = (this.shifts[s] ?? 0) - this.first;
    return (
      (this.shares[s] ?? 0) *
      ((this.cumulative[end + offset] ?? 0) - (this.cumulative[start + offset] ?? 0))
    );
  }
}
