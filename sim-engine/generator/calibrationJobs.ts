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
  /** Seeds the verdict is over, at most (0…seeds−1). */
  readonly seeds: number;
  /** Failures (for the weak reference: seeds it handled) beyond which the draw is unfair. */
  readonly allowedFailures: number;
  /**
   * The part of those seeds this job plays (whole range when absent): a host with two threads
   * plays a plan's two halves side by side, and `combinePlayed` reads them as one pass would.
   */
  readonly part?: { readonly from: number; readonly to: number };
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

/** After `played` seeds with `failures` among them: is this side of the verdict certain? */
function decided(job: OutcomeJob, played: number, failures: number): boolean | 'unfair' {
  if (failures > job.allowedFailures) return 'unfair';
  return played - failures >= job.seeds - job.allowedFailures;
}

/**
 * Plays one plan seed by seed until its side of the verdict is certain: more seeds failed than
 * fairness allows (UNFAIR whatever the remaining seeds do), or so few can still fail that the
 * rule holds whatever they do. The share over the seeds played then decides as the whole would.
 * A part stops by the same rule on its own seeds: what it skips, the whole would not reach.
 */
export function playUntilDecided(job: OutcomeJob, onRun?: () => void): Played {
  const { from, to } = job.part ?? { from: 0, to: job.seeds };
  const runs: SeedRun[] = [];
  let failures = 0;
  for (let seed = from; seed < to; seed++) {
    const run = simulate(job.scenario, job.plan, { seed });
    runs.push({ seed, run });
    if (failedOn(job, run, seed)) failures++;
    onRun?.();
    const verdict = decided(job, runs.length, failures);
    if (verdict === 'unfair') return { kind: 'outcomes', runs, withinRule: false };
    if (verdict) break;
  }
  return { kind: 'outcomes', runs, withinRule: true };
}

/**
 * The parts of one plan's pass, in seed order, read as one pass from seed 0: the runs up to where
 * that pass would have stopped, and its verdict. The same whichever thread played which part.
 * Undefined when the parts end before the pass would have stopped (more seeds are needed).
 */
export function combinePlayed(job: OutcomeJob, parts: readonly Played[]): Played | undefined {
  const runs: SeedRun[] = [];
  let failures = 0;
  for (const seedRun of parts.flatMap((part) => part.runs)) {
    runs.push(seedRun);
    if (failedOn(job, seedRun.run, seedRun.seed)) failures++;
    const verdict = decided(job, runs.length, failures);
    if (verdict === 'unfair') return { kind: 'outcomes', runs, withinRule: false };
    if (verdict) return { kind: 'outcomes', runs, withinRule: true };
  }
  return runs.length < job.seeds ? undefined : { kind: 'outcomes', runs, withinRule: true };
}

/** Runs any calibration job; the same job gives the same result on any thread. */
export function runCalibrationJob(job: CalibrationJob, onRun?: () => void): CalibrationJobResult {
  return job.kind === 'outcomes'
    ? playUntilDecided(job, onRun)
    : { kind: 'trial', runs: runTrialJob(job) };
}

/** Whether a job is worth starting now: yes, no (never), or not until more results are back. */
export type Wanted = boolean | 'later';

/**
 * Runs jobs on helpers (each a function that runs one job somewhere), results in job order. Given
 * `wanted`, a free helper takes the first job it says yes to, with the results back so far; a job
 * it says no to is never run (its result stays undefined), one it says 'later' to waits for the
 * next result. With nothing left running, a 'later' job is run rather than wait for ever.
 */
export async function runJobsOnHelpers<Job, Result>(
  jobs: readonly Job[],
  helpers: readonly ((job: Job) => Promise<Result>)[],
  wanted?: (index: number, results: readonly (Result | undefined)[]) => Wanted,
): Promise<(Result | undefined)[]> {
  if (helpers.length === 0) throw new Error('running jobs needs at least one helper');
  const results: (Result | undefined)[] = jobs.map(() => undefined);
  const open = new Set(jobs.keys());
  let running = 0;
  let waiting: (() => void)[] = [];
  const pick = (): number | 'wait' | 'done' => {
    let later: number | undefined;
    for (const index of open) {
      const answer = wanted ? wanted(index, results) : true;
      if (answer === 'later') later ??= index;
      else {
        open.delete(index);
        if (answer) return index;
      }
    }
    if (later === undefined) return 'done';
    if (running > 0) return 'wait';
    open.delete(later);
    return later;
  };
  await Promise.all(
    helpers.map(async (run) => {
      for (let next = pick(); next !== 'done'; next = pick()) {
        if (next === 'wait') {
          await new Promise<void>((wake) => waiting.push(wake));
          continue;
        }
        running++;
        results[next] = await run(jobs[next] as Job);
        running--;
        const woken = waiting;
        waiting = [];
        woken.forEach((wake) => wake());
      }
    }),
  );
  return results;
}

/** Every typed array's buffer under a value (the runs' series): what a thread can hand over. */
function buffersUnder(value: unknown, found: Set<ArrayBuffer>): void {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (Array.isArray(value)) {
    for (const item of value) buffersUnder(item, found);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) buffersUnder(item, found);
  }
}

/**
 * The buffers of an outcome job's run series, for a host to transfer rather than copy back
 * (60–160 kB a run on a hard draw); none for a trial job.
 */
export function transferableBuffers(result: CalibrationJobResult): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  if (result.kind === 'outcomes')
    for (const { run } of result.runs) buffersUnder(run.series, found);
  return [...found];
}
