import type { Scenario } from '../domain/scenario';
import type { ScenarioCalibration } from '../calibration/calibrateScenario';
import {
  runCalibrationJob,
  type CalibrationJob,
  type CalibrationJobResult,
} from './calibrationJobs';
import { oneThreadSteps, type CalibrationBatch, type Steps } from './calibrationSteps';
import { generateScenarioEntry, type GeneratedScenario } from './generateScenario';
import { derivedSeed, type GenerationRequest } from './request';
import { sharedSteps } from './sharedCalibration';

export type { CalibrationBatch } from './calibrationSteps';

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

/** Runs the steps on this thread, job after job, skipping a job its batch no longer wants. */
function runHere<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) {
    const { jobs, onRun, wanted } = step.value;
    const results: (CalibrationJobResult | undefined)[] = jobs.map(() => undefined);
    jobs.forEach((job, index) => {
      if (!wanted || wanted(index, results)) results[index] = runCalibrationJob(job, onRun);
    });
    step = steps.next(results);
  }
  return step.value;
}

/**
 * Runs a batch of jobs somewhere (other threads, any order) and gives their results back in the
 * jobs' order; `onRun` may be called after each simulated run, for progress. A host that asks
 * `wanted` before starting each job (with the results back so far) skips the jobs it declines,
 * and gives those back undefined.
 */
export type CalibrationJobRunner = (
  jobs: readonly CalibrationJob[],
  onRun: () => void,
  wanted?: CalibrationBatch['wanted'],
) => Promise<readonly (CalibrationJobResult | undefined)[]>;

async function runOn<T>(steps: Steps<T>, runJobs: CalibrationJobRunner): Promise<T> {
  let step = steps.next();
  while (!step.done) {
    const { jobs, onRun, wanted } = step.value;
    step = steps.next(await runJobs(jobs, onRun, wanted));
  }
  return step.value;
}

/** Calibrates one generated scenario on this thread (see `oneThreadSteps`). */
export function calibrateGenerated(
  generated: GeneratedScenario,
  seeds: number,
  onProgress?: (done: number, total: number) => void,
): ScenarioCalibration {
  return runHere(oneThreadSteps(generated, seeds, onProgress));
}

type CalibrationSteps = (
  generated: GeneratedScenario,
  seeds: number,
  onProgress: FairScenarioOptions['onProgress'],
) => Steps<ScenarioCalibration>;

function* fairScenarioSteps(
  request: GenerationRequest,
  options: FairScenarioOptions,
  calibrationSteps: CalibrationSteps,
): Steps<FairScenario> {
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const seeds = options.seeds ?? GENERATOR_CALIBRATION_SEEDS;
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const generated = generateScenarioEntry({
      ...request,
      seed: derivedSeed(request.seed, attempt),
    });
    const calibration = yield* calibrationSteps(generated, seeds, options.onProgress);
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
  return runHere(fairScenarioSteps(request, options, oneThreadSteps));
}

/**
 * The same fair scenario as `generateFairScenario`, bit for bit, with the calibration's runs
 * handed to `runJobs` as independent jobs (a host runs them on its worker threads), laid out so
 * that the threads never wait for each other between passes and an unfair draw stops as soon as
 * it is certain (`sharedSteps`). Drawing and scoring stay on the calling thread.
 */
export function generateFairScenarioWith(
  request: GenerationRequest,
  runJobs: CalibrationJobRunner,
  options: FairScenarioOptions = {},
): Promise<FairScenario> {
  return runOn(fairScenarioSteps(request, options, sharedSteps), runJobs);
}
