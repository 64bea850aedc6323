import type { Plan } from '../domain/plan';
import type { RunResult } from '../domain/run';
import type { Scenario } from '../domain/scenario';
import { summarizeCalibration, type ScenarioCalibration } from '../calibration/calibrateScenario';
import {
  allowedFailures,
  requiredFailures,
  strongPlanFailed,
  weakPlanFailed,
} from '../calibration/fairness';
import { seedOutcome, type SeedOutcome } from '../calibration/seedOutcome';
import { simulate } from '../run/simulate';
import { scoreRun } from '../scoring/scoreAttempt';
import { generateScenarioEntry, type GeneratedScenario } from './generateScenario';
import { LEVEL_PROFILES } from './levels';
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

/** A plan's runs, and whether its share of failures kept within what fairness allows. */
interface Played {
  readonly runs: readonly SeedRun[];
  readonly withinRule: boolean;
}

/**
 * Plays one plan seed by seed until its side of the verdict is certain: more seeds failed than
 * fairness allows (UNFAIR whatever the remaining seeds do), or so few can still fail that the
 * rule holds whatever they do. The share over the seeds played then decides as the whole would.
 */
function playUntilDecided(
  scenario: Scenario,
  plan: Plan,
  seeds: number,
  failed: (record: SeedOutcome) => boolean,
  allowedFailures: number,
  progress: () => void,
): Played {
  const runs: SeedRun[] = [];
  let failures = 0;
  for (let seed = 0; seed < seeds; seed++) {
    const run = simulate(scenario, plan, { seed });
    runs.push({ seed, run });
    if (failed(seedOutcome(seed, run.outcome))) failures++;
    progress();
    if (failures > allowedFailures) return { runs, withinRule: false };
    if (runs.length - failures >= seeds - allowedFailures) break;
  }
  return { runs, withinRule: true };
}

/**
 * Calibrates one generated scenario on up to `seeds` seeds per plan against its level's
 * fairness rule, in two passes. First the outcomes alone, each plan stopping as soon as its side
 * of the verdict is certain: most unfair draws cost a few runs, and a plan that is clearly within
 * the rule does not play out the rest. Then, for a draw whose outcomes are fair, the same runs
 * are scored (the score's threshold trials are the costly part, so they are paid once, by a draw
 * worth offering), and the verdict is the full one, score bands included. Its rates are over
 * the seeds played.
 */
export function calibrateGenerated(
  generated: GeneratedScenario,
  seeds: number,
  onProgress?: (done: number, total: number) => void,
): ScenarioCalibration {
  const { scenario, referencePlans } = generated;
  const rule = LEVEL_PROFILES[generated.request.level].fairness;
  // The scoring pass counts as one step: it is one call, though the slowest.
  const total = 2 * seeds + 1;
  let done = 0;
  const progress = () => onProgress?.(++done, total);
  const regressed = scenario.regressions.length > 0;
  const strongLimit = regressed ? 1 - rule.strongSuccess : rule.strongFalseRollback;
  const strong = playUntilDecided(
    scenario,
    referencePlans.strong,
    seeds,
    (record) => strongPlanFailed(record, regressed),
    allowedFailures(strongLimit, seeds),
    progress,
  );
  const weak: Played = strong.withinRule
    ? playUntilDecided(
        scenario,
        referencePlans.weak,
        seeds,
        (record) => !weakPlanFailed(record),
        seeds - requiredFailures(rule.weakFailure, seeds),
        progress,
      )
    : { runs: [], withinRule: false };
  const outcomesFair = strong.withinRule && weak.withinRule;
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
    outcomes(strong.runs, referencePlans.strong),
    outcomes(weak.runs, referencePlans.weak),
    rule,
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
