import type { ScenarioClock } from '../clock/localTime';
import type { RunEvent } from '../domain/run';
import type { Scenario } from '../domain/scenario';
import {
  affectsSegment,
  baselineParameters,
  canaryParameters,
  type SegmentParameters,
} from '../metrics/segmentParameters';
import { SegmentIntensities } from '../regression/segmentIntensities';

/** What a regression's onset depends on besides the clock. */
export interface OnsetContext {
  /** Middle of the interval: onsets ramp by the interval, not by its first minute. */
  readonly minute: number;
  readonly firstExposureMinute: number | null;
  readonly canaryShare: number;
}

/**
 * Follows each regression through the run: its intensity interval by interval (per segment,
 * since a clock-bound onset follows each segment's own clock), the new version's parameters
 * it implies, which segments it touches, and when it was first served.
 */
export class RegressionTracking {
  readonly baseline: SegmentParameters[];
  /** The new version's parameters per segment, regressions applied at their intensities. */
  canary: SegmentParameters[];
  /** 1 where an active regression touches the segment. */
  readonly affected: Uint8Array;
  private readonly intensities: SegmentIntensities;
  private readonly onsetSeen: boolean[];

  constructor(
    private readonly scenario: Scenario,
    clock: ScenarioClock,
  ) {
    this.baseline = scenario.segments.map(baselineParameters);
    this.canary = this.baseline;
    this.affected = new Uint8Array(scenario.segments.length);
    this.intensities = new SegmentIntensities(scenario, clock);
    this.onsetSeen = scenario.regressions.map(() => false);
  }

  /** Moves every regression's intensity to this interval; recomputes parameters if one changed. */
  advance(context: OnsetContext): void {
    if (!this.intensities.advance(context)) return;
    const { regressions, segments } = this.scenario;
    const rows = this.intensities.rows;
    this.canary = segments.map((segment, s) =>
      canaryParameters(segment, regressions, rows[s] ?? []),
    );
    segments.forEach((segment, s) => {
      this.affected[s] = regressions.some(
        (regression, r) => (rows[s]?.[r] ?? 0) > 0 && affectsSegment(regression, segment),
      )
        ? 1
        : 0;
    });
  }

  /** A regression's onset is the first interval it is active on traffic the new version serves. */
  noteOnsets(minute: number, exposure: ArrayLike<number>, events: RunEvent[]): void {
    const { regressions, segments } = this.scenario;
    const rows = this.intensities.rows;
    regressions.forEach((regression, r) => {
      if (this.onsetSeen[r]) return;
      const served = segments.some(
        (segment, s) =>
          (exposure[s] ?? 0) > 0 && (rows[s]?.[r] ?? 0) > 0 && affectsSegment(regression, segment),
      );
      if (!served) return;
      this.onsetSeen[r] = true;
      events.push({ type: 'regression-onset', minute, regressionId: regression.id });
    });
  }

  /** Whether an active regression touches a segment the new version serves. */
  activeOnServed(exposure: ArrayLike<number>): boolean {
    for (let s = 0; s < this.affected.length; s++)
      if (this.affected[s] && (exposure[s] ?? 0) > 0) return true;
    return false;
  }
}
