import type { Plan } from '../domain/plan';
import type { RunResult } from '../domain/run';
import type { Scenario } from '../domain/scenario';
import { strongPlanFailed, weakPlanFailed } from '../calibration/fairness';
import { seedOutcome } from '../calibration/seedOutcome';
import { simulate } from '../run/simulate';
import { runTrialJob, type TrialJob, type TrialRun } from '../scoring/thresholdTrials';

/**
 * One plan played seed by seed (0, 1, …) until its side of the fairness verdict is certain. Plain
 * data: a host may run it on any thread, and the result does not depend on which.
 */
export interface OutcomeJob {
  readonly kind: 'outcomes';
  readonly scenario: Scenario;
  readonly plan: Plan;
  /** Which reference this is: what counts as a failure differs. */
  readonly reference: 'strong' | 'weak';
  /** Seeds at most. */
  readonly seeds: number;
  /** Failures (for the weak reference: seeds it handled) beyond which the draw is unfair. */
  readonly allowedFailures: number;
}

export interface SeedRun {
  readonly seed: number;
  readonly run: RunResult;
}

/** A plan's runs, and whether its share of failures kept within what fairness allows. */
export interface Played {
  readonly kind: 'outcomes';
  readonly runs: readonly SeedRun[];
  readonly withinRule: boolean;
}

/** The work of calibrating a generated scenario, cut into independent pieces. */
export type CalibrationJob = OutcomeJob | TrialJob;
export type CalibrationJobResult = Played | { readonly kind: 'trial'; readonly runs: TrialRun[] };

/** Whether one seed's run counts against the plan's side of the verdict. */
function failedOn(job: OutcomeJob, run: RunResult, seed: number): boolean {
  const record = seedOutcome(seed, run.outcome);
  return job.reference === 'strong'
    ? strongPlanFailed(record, job.scenario.regressions.length > 0)
    : !weakPlanFailed(record);
}

/**
 * Plays one plan seed by seed until its side of the verdict is certain: more seeds failed than
 * fairness allows (UNFAIR whatever the remaining seeds do), or so few can still fail that the
 * rule holds whatever they do. The share over the seeds played then decides as the whole would.
 */
export function playUntilDecided(job: OutcomeJob, onRun?: () => void): Played {
  const runs: SeedRun[] = [];
  let failures = 0;
  for (let seed = 0; seed < job.seeds; seed++) {
    const run = simulate(job.scenario, job.plan, { seed });
    runs.push({ seed, run });
    if (failedOn(job, run, seed)) failures++;
    onRun?.();
    if (failures > job.allowedFailures) return { kind: 'outcomes', runs, withinRule: false };
    if (runs.length - failures >= job.seeds - job.allowedFailures) break;
  }
  return { kind: 'outcomes', runs, withinRule: true };
}

/** Runs any calibration job; the same job gives the same result on any thread. */
export function runCalibrationJob(job: CalibrationJob, onRun?: () => void): CalibrationJobResult {
  return job.kind === 'outcomes'
    ? playUntilDecided(job, onRun)
    : { kind: 'trial', runs: runTrialJob(job) };
}

/** Runs jobs on helpers (each a function that runs one job somewhere), results in job order. */
export async function runJobsOnHelpers<Job, Result>(
  jobs: readonly Job[],
  helpers: readonly ((job: Job) => Promise<Result>)[],
): Promise<Result[]> {
  if (helpers.length === 0) throw new Error('running jobs needs at least one helper');
  const results: Result[] = new Array<Result>(jobs.length);
  let next = 0;
  await Promise.all(
    helpers.map(async (run) => {
      while (next < jobs.length) {
        const index = next++;
        results[index] = await run(jobs[index] as Job);
      }
    }),
  );
  return results;
}
