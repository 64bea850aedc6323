import { createScenarioClock } from '../clock/localTime';
import type { Plan } from '../domain/plan';
import type { RunOptions, RunResult } from '../domain/run';
import type { Scenario } from '../domain/scenario';
import { bucketOf, latencyQuantile } from '../metrics/latencyHistogram';
import { purchaseArrivals } from '../metrics/purchaseDelay';
import { Simulation } from './simulation';
import type { SimulationSetup } from './simulationSetup';

/**
 * The bucket from which latency histograms are kept bucket by bucket: below every segment's
 * p90, so the p95 and p99 of any mix of segments (and of any slower new version) lie above
 * it, and the fine buckets are drawn only where gates read.
 */
function latencyTailStart(scenario: Scenario): number {
  const p90 = scenario.segments.map((segment) =>
    latencyQuantile({ ...segment.baseline.latency, tailShare: 0, tailAddMs: 0 }, 0.9),
  );
  return bucketOf(Math.min(...p90));
}

/** What a run's setup works out from the scenario alone: the same for every seed. */
export type ScenarioSetup = Pick<SimulationSetup, 'clock' | 'tailStart' | 'purchaseArrivals'>;

export function scenarioSetup(scenario: Scenario): ScenarioSetup {
  return {
    clock: createScenarioClock(scenario.start),
    tailStart: latencyTailStart(scenario),
    purchaseArrivals: purchaseArrivals(scenario.monitoring),
  };
}

/** Simulates a plan on a scenario: the same scenario, plan and seed give the same result. */
export function simulate(scenario: Scenario, plan: Plan, options: RunOptions): RunResult {
  const setup: SimulationSetup = {
    scenario,
    plan,
    seed: options.seed,
    overrides: [...(options.overrides ?? [])].sort((a, b) => a.atMinute - b.atMinute),
    ...scenarioSetup(scenario),
    recordAfterFullRollout: options.recordAfterFullRollout ?? false,
    untilSettled: false,
  };
  return new Simulation(setup).run();
}
