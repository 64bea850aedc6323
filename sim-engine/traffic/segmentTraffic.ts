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
 * Each segment's requests in its own local time: a region's evening is its own. Segments
 * sharing a clock share one curve; prefix sums make any span of minutes cost O(1), so the
 * cost per interval stays per segment, never per minute or request.
 */
export class SegmentTraffic {
  /** Requests per minute of all segments together, minute by minute. */
  readonly total: Float64Array;
  private readonly cumulative: Float64Array[] = [];
  private readonly curveOf: number[];
  private readonly shares: number[];

  constructor(scenario: Scenario, clock: ScenarioClock) {
    const minutes = scenario.horizonMinutes;
    const offsets: number[] = [];
    this.shares = scenario.segments.map((segment) => segment.share);
    this.curveOf = scenario.segments.map((segment) => {
      const found = offsets.indexOf(segment.clockOffsetHours);
      if (found >= 0) return found;
      offsets.push(segment.clockOffsetHours);
      return offsets.length - 1;
    });
    const offsetShare = offsets.map(() => 0);
    scenario.segments.forEach((segment, s) => {
      const curve = this.curveOf[s] ?? 0;
      offsetShare[curve] = (offsetShare[curve] ?? 0) + segment.share;
    });
    this.total = new Float64Array(minutes);
    offsets.forEach((hours, curve) => {
      const local = shiftedClock(clock, hours);
      const sums = new Float64Array(minutes + 1);
      const share = offsetShare[curve] ?? 0;
      for (let minute = 0; minute < minutes; minute++) {
        const rate = requestsPerMinuteAt(scenario.traffic, local, minute);
        sums[minute + 1] = (sums[minute] ?? 0) + rate;
        this.total[minute] = (this.total[minute] ?? 0) + share * rate;
      }
      this.cumulative.push(sums);
    });
  }

  /** Requests segment `s` makes from minute `start` up to (not including) `end`. */
  requests(s: number, start: number, end: number): number {
    const sums = this.cumulative[this.curveOf[s] ?? 0];
    if (!sums || end <= start) return 0;
    const last = sums.length - 1;
    const to = Math.min(end, last);
    const from = Math.min(Math.max(0, start), last);
    return (this.shares[s] ?? 0) * ((sums[to] ?? 0) - (sums[from] ?? 0));
  }
}
