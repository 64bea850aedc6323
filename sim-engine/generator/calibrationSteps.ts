import type { Plan } from '../domain/plan';
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
  type CalibrationJob,
  type CalibrationJobResult,
  type OutcomeJob,
  type Played,
  type SeedRun,
  type Wanted,
} from './calibrationJobs';
import type { GeneratedScenario } from './generateScenario';
import { LEVEL_PROFILES } from './levels';

/**
 * A batch of independent jobs, and the hook a host calls after each simulated run of them.
 * `wanted`, when given, is asked before each job starts, with the results back so far
 * (undefined: not back yet): a job it declines is not run and comes back undefined; one it puts
 * off ('later') is asked about again once more results are back. A host that never asks runs
 * them all, which changes nothing but the time taken.
 */
export interface CalibrationBatch {
  readonly jobs: readonly CalibrationJob[];
  readonly onRun: () => void;
  readonly wanted?: (
    index: number,
    results: readonly (CalibrationJobResult | undefined)[],
  ) => Wanted;
}

/** Calibration as a sequence of batches: each batch's results decide the next batch. */
export type Steps<T> = Generator<
  CalibrationBatch,
  T,
  readonly (CalibrationJobResult | undefined)[]
>;

export type Progress = ((done: number, total: number) => void) | undefined;

/** The outcome passes of both references, as the level's fairness rule judges them. */
export function outcomeJobs(
  generated: GeneratedScenario,
  seeds: number,
): { readonly strong: OutcomeJob; readonly weak: OutcomeJob } {
  const { scenario, referencePlans } = generated;
  const rule = LEVEL_PROFILES[generated.request.level].fairness;
  const regressed = scenario.regressions.length > 0;
  const strongLimit = regressed ? 1 - rule.strongSuccess : rule.strongFalseRollback;
  const shared = { kind: 'outcomes', scenario, seeds } as const;
  return {
    strong: {
      ...shared,
      plan: referencePlans.strong,
      reference: 'strong',
      allowedFailures: allowedFailures(strongLimit, seeds),
    },
    weak: {
      ...shared,
      plan: referencePlans.weak,
      reference: 'weak',
      allowedFailures: seeds - requiredFailures(rule.weakFailure, seeds),
    },
  };
}

/**
 * Progress counted run by run: the scoring pass counts as the last step (it is one call,
 * though the slowest), so the runs count up to one short of the total.
 */
export function runCounter(seeds: number, onProgress: Progress) {
  const total = 2 * seeds + 1;
  let done = 0;
  return {
    onRun: () => onProgress?.(Math.min(++done, total - 1), total),
    finished: () => onProgress?.(total, total),
  };
}

export const played = (result: CalibrationJobResult | undefined): Played => {
  if (result?.kind !== 'outcomes') throw new Error('an outcome job came back without its runs');
  return result;
};

/** A pass over all its seeds always ends decided. */
export const whole = (pass: Played | undefined): Played => {
  if (!pass) throw new Error('a pass over all its seeds ended undecided');
  return pass;
};

export const NOT_PLAYED: Played = { kind: 'outcomes', runs: [], withinRule: false };

/** Two plans whose trials are the same runs (what the trial key reads). */
function sameTrials(a: Plan, b: Plan): boolean {
  const relevant = (plan: Plan) =>
    JSON.stringify([plan.cohorts, plan.stages, plan.thresholds, plan.significance]);
  return relevant(a) === relevant(b);
}

/**
 * The plans whose threshold trials scoring will read and does not know yet: both references
 * and the bar (the scenario's own strong answer), each once.
 */
export function plansNeedingTrials(generated: GeneratedScenario): Plan[] {
  const { scenario, referencePlans } = generated;
  const plans: Plan[] = [];
  for (const plan of [
    referencePlans.strong,
    referencePlans.weak,
    referencePlansFor(scenario).strong,
  ]) {
    const known = knownThresholdTrials(scenario, plan) !== undefined;
    if (!known && !plans.some((other) => sameTrials(plan, other))) plans.push(plan);
  }
  return plans;
}

/** Remembers the plans' trials from their jobs' results, given in the jobs' order. */
export function rememberTrials(
  generated: GeneratedScenario,
  plans: readonly Plan[],
  results: readonly (CalibrationJobResult | undefined)[],
): void {
  const { scenario } = generated;
  let offset = 0;
  for (const plan of plans) {
    const count = thresholdTrialJobs(scenario, plan).length;
    const runs = results.slice(offset, offset + count).map((result) => {
      if (result?.kind !== 'trial') throw new Error('a trial job came back without its runs');
      return result.runs;
    });
    offset += count;
    rememberThresholdTrials(scenario, plan, combineTrialRuns(scenario, plan, runs));
  }
}

/**
 * Works out, as jobs, the threshold trials scoring will read and does not know yet, and
 * remembers them, so the scoring that follows runs no trial itself.
 */
function* trialSteps(generated: GeneratedScenario): Steps<void> {
  const plans = plansNeedingTrials(generated);
  if (plans.length === 0) return;
  const jobs = plans.flatMap((plan) => thresholdTrialJobs(generated.scenario, plan));
  rememberTrials(generated, plans, yield { jobs, onRun: () => undefined });
}

/**
 * The calibration of a draw from both references' passes: when the outcomes are fair, the runs
 * are scored (their trials already remembered) and the verdict is the full one, score bands
 * included; its rates are over the seeds played.
 */
export function scoredCalibration(
  generated: GeneratedScenario,
  strong: Played,
  weak: Played,
): ScenarioCalibration {
  const { scenario, referencePlans } = generated;
  const outcomesFair = strong.withinRule && weak.withinRule;
  const outcomes = (runs: readonly SeedRun[], plan: Plan) =>
    runs.map(({ seed, run }) =>
      seedOutcome(
        seed,
        run.outcome,
        outcomesFair ? scoreRun({ scenario, plan, seed }, run) : undefined,
      ),
    );
  return summarizeCalibration(
    scenario,
    outcomes(strong.runs, referencePlans.strong),
    outcomes(weak.runs, referencePlans.weak),
    LEVEL_PROFILES[generated.request.level].fairness,
  );
}

/**
 * Calibrates one generated scenario on up to `seeds` seeds per plan against its level's
 * fairness rule, in two passes, one job after another. First the outcomes alone, each plan
 * stopping as soon as its side of the verdict is certain (the strong plan first, the weak one
 * only when the strong one is within the rule): most unfair draws cost a few runs. Then, for a
 * draw whose outcomes are fair, the same runs are scored (the threshold trials are the costly
 * part, so they are paid once, by a draw worth offering).
 */
export function* oneThreadSteps(
  generated: GeneratedScenario,
  seeds: number,
  onProgress: Progress,
): Steps<ScenarioCalibration> {
  const jobs = outcomeJobs(generated, seeds);
  const progress = runCounter(seeds, onProgress);
  const pass = function* (job: OutcomeJob): Steps<Played> {
    const [result] = yield { jobs: [job], onRun: progress.onRun };
    return whole(combinePlayed(job, [played(result)]));
  };
  const strong = yield* pass(jobs.strong);
  const weak = strong.withinRule ? yield* pass(jobs.weak) : NOT_PLAYED;
  const outcomesFair = strong.withinRule && weak.withinRule;
  if (outcomesFair) yield* trialSteps(generated);
  const calibration = scoredCalibration(generated, strong, weak);
  if (outcomesFair) progress.finished();
  return calibration;
}
