import type { Segment } from '../domain/scenario';
import type { SegmentTraffic } from '../traffic/segmentTraffic';
import type { ReleaseState } from './releaseState';

/**
 * Requests of one check interval per segment and arm. The state advances minute by minute
 * while traffic flows, so a rollback completing part-way stops the canary's share there;
 * the control arm keeps every request the canary did not serve.
 */
export class TrafficFlow {
  readonly canaryRequests: Float64Array;
  readonly controlRequests: Float64Array;
  /** Requests per minute over the horizon, all segments together. */
  readonly curve: Float64Array;

  constructor(
    private readonly segments: readonly Segment[],
    /** Each segment's requests in its own local time. */
    private readonly traffic: SegmentTraffic,
  ) {
    this.curve = traffic.total;
    this.canaryRequests = new Float64Array(segments.length);
    this.controlRequests = new Float64Array(segments.length);
  }

  /** Flows traffic from `start` to `end` and returns the minute the interval stopped at. */
  flow(start: number, end: number, state: ReleaseState, exposure: ArrayLike<number>): number {
    let minute = start;
    for (; minute < end; minute++) {
      state.advanceTo(minute);
      if (state.rolledBack) break;
    }
    for (let s = 0; s < this.segments.length; s++) {
      const live = this.traffic.requests(s, start, minute);
      this.canaryRequests[s] = live * (exposure[s] ?? 0);
      this.controlRequests[s] =
        this.traffic.requests(s, start, end) - (this.canaryRequests[s] ?? 0);
    }
    return minute;
  }

  /** Total requests of the last interval per arm. */
  totals(): { canary: number; control: number } {
    let canary = 0;
    let control = 0;
    for (let s = 0; s < this.canaryRequests.length; s++) {
      canary += this.canaryRequests[s] ?? 0;
      control += this.controlRequests[s] ?? 0;
    }
    return { canary, control };
  }
}
