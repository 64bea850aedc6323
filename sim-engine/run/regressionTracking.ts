import type { RunEvent } from '../domain/run';
import type { Scenario } from '../domain/scenario';
import {
  affectsSegment,
  baselineParameters,
  canaryParameters,
  type SegmentParameters,
} from '../metrics/segmentParameters';
import { onsetIntensity } from '../regression/onset';

/** What a regression's onset depends on besides the clock. */
export interface OnsetContext {
  /** Middle of the interval: onsets ramp by the interval, not by its first minute. */
  readonly minute: number;
  readonly firstExposureMinute: number | null;
  readonly canaryShare: number;
}

/**
 * Follows each regression through the run: its intensity interval by interval, the new
 * version's parameters it implies, which segments it touches, and when it was first served.
 */
export class RegressionTracking {
  readonly baseline: SegmentParameters[];
  /** The new version's parameters per segment, regressions applied at their intensities. */
  canary: SegmentParameters[];
  /** 1 where an active regression touches the segment. */
  readonly affected: Uint8Array;
  private readonly intensities: Float64Array;
  private readonly onsetSeen: boolean[];

  constructor(private readonly scenario: Scenario) {
    this.baseline = scenario.segments.map(baselineParameters);
    this.canary = this.baseline;
    this.affected = new Uint8Array(scenario.segments.length);
    this.intensities = new Float64Array(scenario.regressions.length);
    this.onsetSeen = scenario.regressions.map(() => false);
  }

  /** Moves every regression's intensity to this interval; recomputes parameters if one changed. */
  advance(context: OnsetContext): void {
    const { regressions, segments } = this.scenario;
    let changed = false;
    for (let r = 0; r < regressions.length; r++) {
      const regression = regressions[r];
      const intensity = regression ? onsetIntensity(regression.onset, context) : 0;
      changed ||= intensity !== this.intensities[r];
      this.intensities[r] = intensity;
    }
    if (!changed) return;
    this.canary = segments.map((segment) =>
      canaryParameters(segment, regressions, this.intensities),
    );
    segments.forEach((segment, s) => {
      this.affected[s] = regressions.some(
        (regression, r) => (this.intensities[r] ?? 0) > 0 && affectsSegment(regression, segment),
      )
        ? 1
        : 0;
    });
  }

  /** A regression's onset is the first interval it is active on traffic the new version serves. */
  noteOnsets(minute: number, exposure: ArrayLike<number>, events: RunEvent[]): void {
    const { regressions, segments } = this.scenario;
    regressions.forEach((regression, r) => {
      if (this.onsetSeen[r] || !((this.intensities[r] ?? 0) > 0)) return;
      const served = segments.some(
        (segment, s) => (exposure[s] ?? 0) > 0 && affectsSegment(regression, segment),
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
