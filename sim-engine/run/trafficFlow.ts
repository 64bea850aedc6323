import type { Segment } from '../domain/scenario';
import type { ReleaseState } from './releaseState';

/**
 * Requests of one check interval per segment and arm. The state advances minute by minute
 * while traffic flows, so a rollback completing part-way stops the canary's share there;
 * the control arm keeps every request the canary did not serve.
 */
export class TrafficFlow {
  readonly canaryRequests: Float64Array;
  readonly controlRequests: Float64Array;

  constructor(
    private readonly segments: readonly Segment[],
    /** Requests per minute over the horizon. */
    readonly curve: Float64Array,
  ) {
    this.canaryRequests = new Float64Array(segments.length);
    this.controlRequests = new Float64Array(segments.length);
  }

  /** Flows traffic from `start` to `end` and returns the minute the interval stopped at. */
  flow(start: number, end: number, state: ReleaseState, exposure: ArrayLike<number>): number {
    let traffic = 0;
    let liveTraffic = 0;
    for (let minute = start; minute < end; minute++) traffic += this.curve[minute] ?? 0;
    let minute = start;
    for (; minute < end; minute++) {
      state.advanceTo(minute);
      if (state.rolledBack) break;
      liveTraffic += this.curve[minute] ?? 0;
    }
    for (let s = 0; s < this.segments.length; s++) {
      const share = this.segments[s]?.share ?? 0;
      this.canaryRequests[s] = liveTraffic * share * (exposure[s] ?? 0);
      this.controlRequests[s] = traffic * share - (this.canaryRequests[s] ?? 0);
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
