import type { ScenarioClock } from '../clock/localTime';
import type { Plan } from '../domain/plan';
import type { ThresholdOverride } from '../domain/run';
import type { Scenario } from '../domain/scenario';
import type { PurchaseArrivals } from '../metrics/purchaseDelay';

/** What one run is played from: the scenario, the plan, the seed and what the caller worked out once. */
export interface SimulationSetup {
  readonly scenario: Scenario;
  readonly plan: Plan;
  readonly seed: number;
  /** Sorted by minute. */
  readonly overrides: readonly ThresholdOverride[];
  readonly clock: ScenarioClock;
  readonly tailStart: number;
  readonly purchaseArrivals: PurchaseArrivals;
  readonly recordAfterFullRollout: boolean;
  /**
   * A threshold trial's run (run/settledRun.ts): it stops as soon as whether and why the release
   * rolled back, and whether it reached everyone, can no longer change; it draws only the
   * metrics its thresholds read and records no chart lines.
   */
  readonly untilSettled: boolean;
}
