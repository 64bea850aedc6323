import type { Plan, Threshold } from '../domain/plan';
import type { Scenario } from '../domain/scenario';
import { settledRuns, type SettledOutcome } from '../run/settledRun';

/** What one threshold, on its own in the learner's plan, did over a few engine runs. */
export interface ThresholdTrial {
  readonly threshold: Threshold;
  /** Share of runs with the regression in which it rolled back before full rollout; null on a healthy release. */
  readonly catchRate: number | null;
  /**
   * Share of runs on the healthy copy that it stopped: a false alarm, or a metric hold that never
   * held steady (inconclusive), or a release that never reached everyone.
   */
  readonly noiseRate: number;
  /** Of those, the share stopped by a hold the data could not decide (not a false alarm). */
  readonly inconclusiveRate: number;
}

/**
 * One independent piece of a plan's trials: one threshold alone, on the healthy copy or with the
 * regressions, over the trial seeds. Plain data, so a host may run it on any thread.
 */
export interface TrialJob {
  readonly kind: 'trial';
  /** The scenario as the runs see it: the healthy copy, or the scenario with its regressions. */
  readonly scenario: Scenario;
  /** The plan with this one threshold. */
  readonly plan: Plan;
  readonly seeds: readonly number[];
}

/** What a trial run showed, per seed: all that the trial's rates are counted from. */
export interface TrialRun {
  readonly caught: boolean;
  readonly stopped: boolean;
  readonly inconclusive: boolean;
}

/** Seeds per trial: enough to tell "usually" from "rarely", few enough to stay quick. */
export const TRIAL_SEEDS = 6;
/** Plans remembered: an attempt adds its own and its reference's; this covers a long session or a class. */
const CACHE_SIZE = 256;

const cache = new Map<string, readonly ThresholdTrial[]>();

/** FNV-1a of the scenario id: trial seeds depend on the scenario, never on the attempt. */
function scenarioHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The fixed seeds of a scenario's trials. */
export function trialSeeds(scenarioId: string): number[] {
  const base = scenarioHash(scenarioId) % 1_000_000;
  return Array.from({ length: TRIAL_SEEDS }, (_, i) => base + i * 7919);
}

/**
 * Caught: a rollback the regression itself caused, before full rollout. A healthy copy stopped:
 * any rollback, or never shipped. Inconclusive: stopped by a hold the data could not decide.
 */
function trialRun(outcome: SettledOutcome): TrialRun {
  return {
    caught: outcome.caught === true,
    stopped: outcome.rollbackRequestedMinute !== null || !outcome.reachedFullRollout,
    inconclusive: outcome.rollbackCause === 'inconclusive',
  };
}

/**
 * Runs one trial job: its threshold alone on each of its seeds, each run stopped where what
 * the trial reads of it is settled (run/settledRun.ts).
 */
export function runTrialJob(job: TrialJob): TrialRun[] {
  const run = settledRuns(job.scenario, job.plan);
  return job.seeds.map((seed) => trialRun(run(seed)));
}

/** Seeds per trial job: half a trial, so two threads finish a plan's trials close together. */
const SEEDS_PER_JOB = TRIAL_SEEDS / 2;

/**
 * The independent jobs of a plan's trials, in a fixed order: per threshold, the healthy copy,
 * then (with a regression) the scenario itself, each cut into two halves of the trial seeds.
 * `combineTrialRuns` reads them in that order.
 */
export function thresholdTrialJobs(scenario: Scenario, plan: Plan): TrialJob[] {
  const seeds = trialSeeds(scenario.id);
  const halves = [seeds.slice(0, SEEDS_PER_JOB), seeds.slice(SEEDS_PER_JOB)];
  const healthy: Scenario = { ...scenario, regressions: [] };
  const copies = scenario.regressions.length > 0 ? [healthy, scenario] : [healthy];
  return plan.thresholds.flatMap((threshold) => {
    const alone: Plan = { ...plan, thresholds: [threshold] };
    return copies.flatMap((copy) =>
      halves.map((half): TrialJob => ({ kind: 'trial', scenario: copy, plan: alone, seeds: half })),
    );
  });
}

const share = (runs: readonly TrialRun[], test: (run: TrialRun) => boolean) =>
  runs.filter(test).length / runs.length;

/** The plan's trials from its jobs' runs, given in the order of `thresholdTrialJobs`. */
export function combineTrialRuns(
  scenario: Scenario,
  plan: Plan,
  runs: readonly (readonly TrialRun[])[],
): ThresholdTrial[] {
  const copies = scenario.regressions.length > 0 ? 2 : 1;
  const perThreshold = copies * 2;
  if (runs.length !== plan.thresholds.length * perThreshold)
    throw new Error(
      `trials of ${plan.thresholds.length} thresholds need ${plan.thresholds.length * perThreshold} jobs' runs, got ${runs.length}`,
    );
  const copy = (index: number, which: number) => {
    const first = index * perThreshold + which * 2;
    return [...(runs[first] ?? []), ...(runs[first + 1] ?? [])];
  };
  return plan.thresholds.map((threshold, index) => {
    const quiet = copy(index, 0);
    return {
      threshold,
      catchRate: copies === 2 ? share(copy(index, 1), (run) => run.caught) : null,
      noiseRate: share(quiet, (run) => run.stopped),
      inconclusiveRate: share(quiet, (run) => run.inconclusive),
    };
  });
}

/** Only what changes a trial's runs goes into the key: not the rollback or follow-up. */
function trialKey(scenario: Scenario, plan: Plan): string {
  const relevant = [plan.cohorts, plan.stages, plan.thresholds, plan.significance];
  return `${scenario.id}\n${JSON.stringify(scenario)}\n${JSON.stringify(relevant)}`;
}

/** The trials already worked out for this scenario and plan, if any. */
export function knownThresholdTrials(
  scenario: Scenario,
  plan: Plan,
): readonly ThresholdTrial[] | undefined {
  return cache.get(trialKey(scenario, plan));
}

/**
 * Keeps trials worked out elsewhere (by jobs run on other threads), so scoring this scenario
 * and plan here uses them instead of running them again.
 */
export function rememberThresholdTrials(
  scenario: Scenario,
  plan: Plan,
  trials: readonly ThresholdTrial[],
): void {
  if (cache.size >= CACHE_SIZE) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(trialKey(scenario, plan), trials);
}

/** Tests only: forget every remembered trial, so the next scoring works them out again. */
export function forgetThresholdTrials(): void {
  cache.clear();
}

/**
 * Each threshold of the plan tried alone on this scenario, with its regressions and on a healthy
 * copy. Deterministic, and cached by scenario and plan, so scoring the same plan again is cheap.
 */
export function thresholdTrials(scenario: Scenario, plan: Plan): readonly ThresholdTrial[] {
  const known = knownThresholdTrials(scenario, plan);
  if (known) return known;
  const trials = combineTrialRuns(
    scenario,
    plan,
    thresholdTrialJobs(scenario, plan).map(runTrialJob),
  );
  rememberThresholdTrials(scenario, plan, trials);
  return trials;
}
