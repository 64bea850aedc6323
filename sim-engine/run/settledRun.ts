import type { Plan } from '../domain/plan';
import type { Outcome } from '../domain/run';
import type { Scenario } from '../domain/scenario';
import { scenarioSetup } from './simulate';
import { Simulation } from './simulation';

/**
 * What a threshold trial reads of a run: whether the regression was caught, whether and why a
 * rollback was requested, and whether the release reached everyone. Each is final from the
 * minute the run stops early (see `Simulation.settled`), so each equals the whole run's.
 */
export type SettledOutcome = Pick<
  Outcome,
  'caught' | 'rollbackRequestedMinute' | 'rollbackCause' | 'reachedFullRollout'
>;

/**
 * Runs of one plan on one scenario, seed by seed, each stopped as soon as its settled outcome
 * can no longer change, drawing only the metrics the plan's thresholds read and no chart
 * lines: a threshold trial's runs, the same answers as `simulate` at a fraction of the work.
 * What the scenario alone decides (its clock, latency buckets, purchase delays) is worked out
 * once for all the seeds.
 */
export function settledRuns(scenario: Scenario, plan: Plan): (seed: number) => SettledOutcome {
  const shared = scenarioSetup(scenario);
  return (seed) => {
    const outcome = new Simulation({
      scenario,
      plan,
      seed,
      overrides: [],
      ...shared,
      recordAfterFullRollout: false,
      untilSettled: true,
    }).settle();
    const { caught, rollbackRequestedMinute, rollbackCause, reachedFullRollout } = outcome;
    return { caught, rollbackRequestedMinute, rollbackCause, reachedFullRollout };
  };
}
