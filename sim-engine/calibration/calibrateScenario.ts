import type { Plan } from '../domain/plan';
import type { RunResult } from '../domain/run';
import type { Scenario } from '../domain/scenario';
import type { Band } from '../domain/score';
import { simulate } from '../run/simulate';
import {
  DEFAULT_FAIRNESS_RULE,
  fairnessVerdict,
  weakFailureRate,
  type FairnessRule,
  type FairnessVerdict,
} from './fairness';
import { planStatistics, type PlanStatistics } from './planStatistics';
import { seedOutcome, type SeedOutcome } from './seedOutcome';

/** Plays a plan on one seed; given a scorer, also scores it (scoring re-uses the run). */
export type AttemptRunner = (
  scenario: Scenario,
  plan: Plan,
  seed: number,
) => { readonly run: RunResult; readonly score?: { readonly total: number; readonly band: Band } };

/** Plain simulation, without a score. */
export const simulateOnly: AttemptRunner = (scenario, plan, seed) => ({
  run: simulate(scenario, plan, { seed }),
});

/** Runs one plan over the given seeds and keeps each seed's outcome. */
export function runSeeds(
  scenario: Scenario,
  plan: Plan,
  seeds: readonly number[],
  runner: AttemptRunner = simulateOnly,
): SeedOutcome[] {
  return seeds.map((seed) => {
    const attempt = runner(scenario, plan, seed);
    return seedOutcome(seed, attempt.run.outcome, attempt.score);
  });
}

/** A scenario's calibration: both plans' statistics and the fairness verdict. */
export interface ScenarioCalibration {
  readonly scenarioId: string;
  readonly regressionPresent: boolean;
  readonly strong: PlanStatistics;
  readonly weak: PlanStatistics & { readonly failureRate: number };
  readonly verdict: FairnessVerdict;
}

/** Summarises per-seed outcomes of both plans (however they were computed) into a verdict. */
export function summarizeCalibration(
  scenario: Scenario,
  strong: readonly SeedOutcome[],
  weak: readonly SeedOutcome[],
  rule: FairnessRule = DEFAULT_FAIRNESS_RULE,
): ScenarioCalibration {
  const regressionPresent = scenario.regressions.length > 0;
  const strongStatistics = planStatistics(strong, regressionPresent);
  const failureRate = weakFailureRate(weak);
  return {
    scenarioId: scenario.id,
    regressionPresent,
    strong: strongStatistics,
    weak: { ...planStatistics(weak, regressionPresent), failureRate },
    verdict: fairnessVerdict(scenario, strong, weak, rule),
  };
}

/** Seeds 0…count−1: calibration is repeatable, like every run. */
export function seedRange(count: number, first = 0): number[] {
  return Array.from({ length: count }, (_, i) => first + i);
}

/** Calibrates a scenario on one thread: the strong and weak plan over the same seeds. */
export function calibrateScenario(
  scenario: Scenario,
  plans: { readonly strong: Plan; readonly weak: Plan },
  seeds: readonly number[],
  runner: AttemptRunner = simulateOnly,
): ScenarioCalibration {
  return summarizeCalibration(
    scenario,
    runSeeds(scenario, plans.strong, seeds, runner),
    runSeeds(scenario, plans.weak, seeds, runner),
  );
}
