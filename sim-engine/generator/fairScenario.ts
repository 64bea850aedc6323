import type { Plan } from '../domain/plan';
import type { Scenario } from '../domain/scenario';
import { summarizeCalibration, type ScenarioCalibration } from '../calibration/calibrateScenario';
import { allowedFailures, requiredFailures } from '../calibration/fairness';
import { seedOutcome } from '../calibration/seedOutcome';
import { referencePlansFor } from '../scoring/referencePlans';
import { scoreRun } from '../scoring/scoreAttempt';
import {
  combineTrialRuns,
  knownThresholdTrials,
  rememberThresholdTrials,
  thresholdTrialJobs,
} from '../scoring/thresholdTrials';
import {
  combinePlayed,
  parts,
  runCalibrationJob,
  type CalibrationJob,
  type CalibrationJobResult,
  type OutcomeJob,
  type Played,
  type SeedRun,
} from './calibrationJobs';
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

/** A batch of independent jobs, and the hook a host calls after each simulated run of them. */
export interface CalibrationBatch {
  readonly jobs: readonly CalibrationJob[];
  readonly onRun: () => void;
}

/** Calibration as a sequence of batches: each batch's results decide the next batch. */
type Steps<T> = Generator<CalibrationBatch, T, readonly CalibrationJobResult[]>;

const played = (result: CalibrationJobResult | undefined): Played => {
  if (result?.kind !== 'outcomes') throw new Error('an outcome job came back without its runs');
  return result;
};

/** A pass over all its seeds always ends decided. */
const whole = (pass: Played | undefined): Played => {
  if (!pass) throw new Error('a pass over all its seeds ended undecided');
  return pass;
};

const NOT_PLAYED: Played = { kind: 'outcomes', runs: [], withinRule: false };

/** The plans whose trials scoring reads: both references and the bar (the scenario's own strong answer). */
function trialPlans(generated: GeneratedScenario): Plan[] {
  const { scenario, referencePlans } = generated;
  return [referencePlans.strong, referencePlans.weak, referencePlansFor(scenario).strong];
}

/**
 * Works out, as jobs, the threshold trials scoring will read and does not know yet, and
 * remembers them, so the scoring that follows runs no trial itself.
 */
function* trialSteps(generated: GeneratedScenario, onRun: () => void): Steps<void> {
  const { scenario } = generated;
  const plans: Plan[] = [];
  for (const plan of trialPlans(generated)) {
    const known = knownThresholdTrials(scenario, plan) !== undefined;
    if (!known && !plans.some((other) => sameTrials(plan, other))) plans.push(plan);
  }
  if (plans.length === 0) return;
  const jobs = plans.map((plan) => thresholdTrialJobs(scenario, plan));
  const results = yield { jobs: jobs.flat(), onRun };
  let offset = 0;
  plans.forEach((plan, index) => {
    const count = jobs[index]?.length ?? 0;
    const runs = results.slice(offset, offset + count).map((result) => {
      if (result.kind !== 'trial') throw new Error('a trial job came back without its runs');
      return result.runs;
    });
    offset += count;
    rememberThresholdTrials(scenario, plan, combineTrialRuns(scenario, plan, runs));
  });
}

/** Two plans whose trials are the same runs (what the trial key reads). */
function sameTrials(a: Plan, b: Plan): boolean {
  const relevant = (plan: Plan) =>
    JSON.stringify([plan.cohorts, plan.stages, plan.thresholds, plan.significance]);
  return relevant(a) === relevant(b);
}

interface StepOptions {
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  /**
   * Play the weak reference alongside the strong one rather than after it (hosts with two
   * threads); the verdict is the same, as the weak runs are dropped when the strong plan is out.
   */
  readonly alongside?: boolean;
}

/**
 * Calibrates one generated scenario on up to `seeds` seeds per plan against its level's
 * fairness rule, in two passes. First the outcomes alone, each plan stopping as soon as its side
 * of the verdict is certain: most unfair draws cost a few runs, and a plan that is clearly within
 * the rule does not play out the rest. Then, for a draw whose outcomes are fair, the same runs
 * are scored (the score's threshold trials are the costly part, so they are paid once, by a draw
 * worth offering, and as independent jobs), and the verdict is the full one, score bands
 * included. Its rates are over the seeds played.
 */
function* calibrationSteps(
  generated: GeneratedScenario,
  seeds: number,
  options: StepOptions,
): Steps<ScenarioCalibration> {
  const { scenario, referencePlans } = generated;
  const rule = LEVEL_PROFILES[generated.request.level].fairness;
  // The scoring pass counts as one step: it is one call, though the slowest.
  const total = 2 * seeds + 1;
  let done = 0;
  const onRun = () => options.onProgress?.(Math.min(++done, total - 1), total);
  const regressed = scenario.regressions.length > 0;
  const strongLimit = regressed ? 1 - rule.strongSuccess : rule.strongFalseRollback;
  const strongJob: OutcomeJob = {
    kind: 'outcomes',
    scenario,
    plan: referencePlans.strong,
    reference: 'strong',
    seeds,
    allowedFailures: allowedFailures(strongLimit, seeds),
  };
  const weakJob: OutcomeJob = {
    kind: 'outcomes',
    scenario,
    plan: referencePlans.weak,
    reference: 'weak',
    seeds,
    allowedFailures: seeds - requiredFailures(rule.weakFailure, seeds),
  };
  let strong: Played;
  let weak: Played;
  if (options.alongside) {
    // The strong plan's first seeds in two halves and the weak plan side by side; the weak runs
    // are dropped when the strong plan is out, as the one-thread pass would not have played them.
    const cut = parts(strongJob);
    const [first, second, third] = yield { jobs: [...cut.first, weakJob], onRun };
    const played2 = [played(first), played(second)];
    strong =
      combinePlayed(strongJob, played2) ??
      whole(combinePlayed(strongJob, [...played2, played((yield { jobs: [cut.rest], onRun })[0])]));
    weak = strong.withinRule ? whole(combinePlayed(weakJob, [played(third)])) : NOT_PLAYED;
  } else {
    strong = whole(combinePlayed(strongJob, [played((yield { jobs: [strongJob], onRun })[0])]));
    weak = strong.withinRule
      ? whole(combinePlayed(weakJob, [played((yield { jobs: [weakJob], onRun })[0])]))
      : NOT_PLAYED;
  }
  const outcomesFair = strong.withinRule && weak.withinRule;
  if (outcomesFair) yield* trialSteps(generated, () => undefined);
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
  if (outcomesFair) options.onProgress?.(total, total);
  return calibration;
}

/** Runs the steps on this thread, job after job. */
function runHere<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) {
    const { jobs, onRun } = step.value;
    step = steps.next(jobs.map((job) => runCalibrationJob(job, onRun)));
  }
  return step.value;
}

/**
 * Runs a batch of jobs somewhere (other threads, any order) and gives their results back in the
 * jobs' order; `onRun` may be called after each simulated run, for progress.
 */
export type CalibrationJobRunner = (
  jobs: readonly CalibrationJob[],
  onRun: () => void,
) => Promise<readonly CalibrationJobResult[]>;

async function runOn<T>(steps: Steps<T>, runJobs: CalibrationJobRunner): Promise<T> {
  let step = steps.next();
  while (!step.done) step = steps.next(await runJobs(step.value.jobs, step.value.onRun));
  return step.value;
}

/** Calibrates one generated scenario on this thread (see `calibrationSteps`). */
export function calibrateGenerated(
  generated: GeneratedScenario,
  seeds: number,
  onProgress?: (done: number, total: number) => void,
): ScenarioCalibration {
  return runHere(calibrationSteps(generated, seeds, { onProgress }));
}

function* fairScenarioSteps(
  request: GenerationRequest,
  options: FairScenarioOptions,
  alongside: boolean,
): Steps<FairScenario> {
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const seeds = options.seeds ?? GENERATOR_CALIBRATION_SEEDS;
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const generated = generateScenarioEntry({
      ...request,
      seed: derivedSeed(request.seed, attempt),
    });
    const calibration = yield* calibrationSteps(generated, seeds, {
      onProgress: options.onProgress,
      alongside,
    });
    if (calibration.verdict.fair)
      return { scenario: generated.scenario, attempts: attempt + 1, calibration, generated };
  }
  throw new Error(
    `no fair ${request.level} scenario in ${maxAttempts} draws from seed ${request.seed}`,
  );
}

/**
 * A scenario that is FAIR on calibration: draws the request, calibrates it, and on an unfair
 * draw tries again with a seed derived from the request's (the same request ⇒ the same result).
 */
export function generateFairScenario(
  request: GenerationRequest,
  options: FairScenarioOptions = {},
): FairScenario {
  return runHere(fairScenarioSteps(request, options, false));
}

/**
 * The same fair scenario as `generateFairScenario`, bit for bit, with the calibration's runs
 * handed to `runJobs` as independent jobs (a host runs them on its worker threads). Drawing and
 * scoring stay on the calling thread; the weak reference is played alongside the strong one.
 */
export function generateFairScenarioWith(
  request: GenerationRequest,
  runJobs: CalibrationJobRunner,
  options: FairScenarioOptions = {},
): Promise<FairScenario> {
  return runOn(fairScenarioSteps(request, options, true), runJobs);
}
