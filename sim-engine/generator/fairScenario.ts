import type { Plan } from '../domain/plan';
import type { RunResult } from '../domain/run';
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

interface SeedRun {
  readonly seed: number;
  readonly run: RunResult;
}

/**
 * Plays one plan seed by seed and stops as soon as more seeds failed than fairness allows:
 * from then on the verdict is UNFAIR whatever the remaining seeds do.
 */
function runUntilUnfair(
  scenario: Scenario,
  plan: Plan,
  seeds: number,
  failed: (record: SeedOutcome) => boolean,
  allowedFailures: number,
  progress: () => void,
): SeedRun[] {
  const runs: SeedRun[] = [];
  let failures = 0;
  for (let seed = 0; seed < seeds && failures <= allowedFailures; seed++) {
    const run = simulate(scenario, plan, { seed });
    runs.push({ seed, run });
    if (failed(seedOutcome(seed, run.outcome))) failures++;
    progress();
  }
  return runs;
}

function strongFailed(scenario: Scenario) {
  return (record: SeedOutcome) =>
    scenario.regressions.length > 0
      ? record.contained !== true
      : (record.rollbackCause ?? null) !== null || !record.reachedFullRollout;
}

/** Whole seeds allowed to fail, counted as fairness.ts counts them. */
const allowed = (share: number, seeds: number) => Math.floor(share * seeds + 1e-9);

/**
 * Calibrates one generated scenario on `seeds` seeds per plan, in two passes. First the
 * outcomes alone, stopping at the first seed that makes the draw unfair: most unfair draws
 * cost a few runs. Then, for a draw whose outcomes are fair, the same runs are scored (the
 * score's threshold trials are the costly part, so they are paid once, by a draw worth
 * offering), and the verdict is the full one, score bands included.
 */
export function calibrateGenerated(
  generated: GeneratedScenario,
  seeds: number,
  onProgress?: (done: number, total: number) => void,
): ScenarioCalibration {
  const { scenario, referencePlans } = generated;
  // The scoring pass counts as one step: it is one call, though the slowest.
  const total = 2 * seeds + 1;
  let done = 0;
  const progress = () => onProgress?.(++done, total);
  const strongLimit =
    scenario.regressions.length > 0 ? 1 - STRONG_SUCCESS_RATE : STRONG_FALSE_ROLLBACK_RATE;
  const strong = runUntilUnfair(
    scenario,
    referencePlans.strong,
    seeds,
    strongFailed(scenario),
    allowed(strongLimit, seeds),
    progress,
  );
  const weak =
    strong.length < seeds
      ? []
      : runUntilUnfair(
          scenario,
          referencePlans.weak,
          seeds,
          (record) => !weakPlanFailed(record),
          allowed(1 - WEAK_FAILURE_RATE, seeds),
          progress,
        );
  const outcomesFair = strong.length === seeds && weak.length === seeds;
  const outcomes = (runs: readonly SeedRun[], plan: Plan) =>
    runs.map(({ seed, run }) =>
      seedOutcome(
        seed,
        run.outcome,
        outcomesFair ? scoreRun({ scenario, plan, seed }, run) : undefined,
      ),
    );
  const calibration = summarizeCalibration(
    scenario,
    outcomes(strong, referencePlans.strong),
    outcomes(weak, referencePlans.weak),
  );
  if (outcomesFair) onProgress?.(total, total);
  return calibration;
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
