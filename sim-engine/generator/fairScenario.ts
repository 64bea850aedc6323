import type { Plan } from '../domain/plan';
import type { Scenario } from '../domain/scenario';
import { summarizeCalibration, type ScenarioCalibration } from '../calibration/calibrateScenario';
import {
  STRONG_FALSE_ROLLBACK_RATE,
  STRONG_SUCCESS_RATE,
  WEAK_FAILURE_RATE,
  weakPlanFailed,
} from '../calibration/fairness';
import { seedOutcome, type SeedOutcome } from '../calibration/seedOutcome';
import { simulate } from '../run/simulate';
import { scoreRun } from '../scoring/scoreAttempt';
import { generateScenarioEntry, type GeneratedScenario } from './generateScenario';
import { derivedSeed, type GenerationRequest } from './request';

/** Seeds each plan is calibrated on before a generated scenario is offered. */
export const GENERATOR_CALIBRATION_SEEDS = 20;
/** Draws tried before giving up; a level whose draws are this often unfair is a generator defect. */
export const DEFAULT_MAX_ATTEMPTS = 40;

export interface FairScenarioOptions {
  /** Runs done and runs planned for the draw being calibrated; starts again at each new draw. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly maxAttempts?: number;
  /** Seeds per plan (default 20). */
  readonly seeds?: number;
}

export interface FairScenario {
  readonly scenario: Scenario;
  /** Draws made, this one included. */
  readonly attempts: number;
  readonly calibration: ScenarioCalibration;
  /** The generated scenario behind it: its pack form, reference plans and derived request. */
  readonly generated: GeneratedScenario;
}

function scoredOutcome(scenario: Scenario, plan: Plan, seed: number): SeedOutcome {
  const run = simulate(scenario, plan, { seed });
  return seedOutcome(seed, run.outcome, scoreRun({ scenario, plan, seed }, run));
}

/**
 * Runs one plan seed by seed and stops as soon as more seeds failed than fairness allows:
 * from then on the verdict is UNFAIR whatever the remaining seeds do.
 */
function runUntilUnfair(
  scenario: Scenario,
  plan: Plan,
  seeds: number,
  failed: (record: SeedOutcome) => boolean,
  allowedFailures: number,
  progress: () => void,
): SeedOutcome[] {
  const records: SeedOutcome[] = [];
  let failures = 0;
  for (let seed = 0; seed < seeds && failures <= allowedFailures; seed++) {
    const record = scoredOutcome(scenario, plan, seed);
    records.push(record);
    if (failed(record)) failures++;
    progress();
  }
  return records;
}

function strongFailed(scenario: Scenario) {
  return (record: SeedOutcome) =>
    scenario.regressions.length > 0
      ? record.contained !== true
      : (record.rollbackCause ?? null) !== null || !record.reachedFullRollout;
}

/** Calibrates one generated scenario on `seeds` seeds per plan (whole seeds, as fairness.ts counts). */
export function calibrateGenerated(
  generated: GeneratedScenario,
  seeds: number,
  onProgress?: (done: number, total: number) => void,
): ScenarioCalibration {
  const { scenario, referencePlans } = generated;
  const total = 2 * seeds;
  let done = 0;
  const progress = () => onProgress?.(++done, total);
  const strongLimit =
    scenario.regressions.length > 0 ? 1 - STRONG_SUCCESS_RATE : STRONG_FALSE_ROLLBACK_RATE;
  const strong = runUntilUnfair(
    scenario,
    referencePlans.strong,
    seeds,
    strongFailed(scenario),
    Math.floor(strongLimit * seeds + 1e-9),
    progress,
  );
  const strongGaveUp = strong.length < seeds;
  const weak = strongGaveUp
    ? []
    : runUntilUnfair(
        scenario,
        referencePlans.weak,
        seeds,
        (record) => !weakPlanFailed(record),
        Math.floor((1 - WEAK_FAILURE_RATE) * seeds + 1e-9),
        progress,
      );
  return summarizeCalibration(scenario, strong, weak);
}

/**
 * A scenario that is FAIR on calibration: draws the request, calibrates it, and on an unfair
 * draw tries again with a seed derived from the request's (the same request ⇒ the same result).
 */
export function generateFairScenario(
  request: GenerationRequest,
  options: FairScenarioOptions = {},
): FairScenario {
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const seeds = options.seeds ?? GENERATOR_CALIBRATION_SEEDS;
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const generated = generateScenarioEntry({
      ...request,
      seed: derivedSeed(request.seed, attempt),
    });
    const calibration = calibrateGenerated(generated, seeds, options.onProgress);
    if (calibration.verdict.fair)
      return { scenario: generated.scenario, attempts: attempt + 1, calibration, generated };
  }
  throw new Error(
    `no fair ${request.level} scenario in ${maxAttempts} draws from seed ${request.seed}`,
  );
}
