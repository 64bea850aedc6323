import type { ScenarioClock } from '../clock/localTime';
import type { Regression, Scenario } from '../domain/scenario';
import { shiftedClock } from '../traffic/segmentTraffic';
import { onsetIntensity, type OnsetContext } from './onset';

/**
 * Each regression's intensity on each segment. Most onsets are the same for every segment;
 * a clock-bound one follows each segment's own local time, so one region can be at its
 * lunch peak (and failing) while another sleeps.
 */
export class SegmentIntensities {
  /** Row per segment, column per regression. */
  readonly rows: Float64Array[];
  private readonly clocks: ScenarioClock[];
  private readonly regressions: readonly Regression[];

  constructor(scenario: Scenario, clock: ScenarioClock) {
    this.regressions = scenario.regressions;
    this.rows = scenario.segments.map(() => new Float64Array(scenario.regressions.length));
    this.clocks = scenario.segments.map((segment) => shiftedClock(clock, segment.clockOffsetHours));
  }

  /** Moves every intensity to this moment; true when any changed. */
  advance(context: Omit<OnsetContext, 'localMinuteOfDay'>): boolean {
    let changed = false;
    for (let s = 0; s < this.rows.length; s++) {
      const row = this.rows[s];
      if (!row) continue;
      const localMinuteOfDay = this.clocks[s]?.at(context.minute).minuteOfDay ?? 0;
      for (let r = 0; r < this.regressions.length; r++) {
        const regression = this.regressions[r];
        const intensity = regression
          ? onsetIntensity(regression.onset, { ...context, localMinuteOfDay })
          : 0;
        changed ||= intensity !== row[r];
        row[r] = intensity;
      }
    }
    return changed;
  }

  /** Whether regression `r` is active on any segment now. */
  active(r: number): boolean {
    return this.rows.some((row) => (row[r] ?? 0) > 0);
  }
}
