import type { Plan, Threshold } from '../domain/plan';
import type { RunResult } from '../domain/run';
import type { Scenario } from '../domain/scenario';
import { simulate } from '../run/simulate';

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

/** Caught: a rollback the regression itself caused, before full rollout. */
function caught(run: RunResult): boolean {
  return run.outcome.caught === true;
}

/** A healthy copy stopped: any rollback, or never shipped. */
function stopped(run: RunResult): boolean {
  return run.outcome.rollbackRequestedMinute !== null || !run.outcome.reachedFullRollout;
}

function inconclusive(run: RunResult): boolean {
  return run.outcome.rollbackCause === 'inconclusive';
}

function runs(scenario: Scenario, plan: Plan, seeds: readonly number[]): RunResult[] {
  return seeds.map((seed) => simulate(scenario, plan, { seed }));
}

const share = (results: readonly RunResult[], test: (run: RunResult) => boolean) =>
  results.filter(test).length / results.length;

function runTrials(scenario: Scenario, plan: Plan): ThresholdTrial[] {
  const seeds = trialSeeds(scenario.id);
  const healthy: Scenario = { ...scenario, regressions: [] };
  return plan.thresholds.map((threshold) => {
    const alone: Plan = { ...plan, thresholds: [threshold] };
    const quiet = runs(healthy, alone, seeds);
    return {
      threshold,
      catchRate:
        scenario.regressions.length > 0 ? share(runs(scenario, alone, seeds), caught) : null,
      noiseRate: share(quiet, stopped),
      inconclusiveRate: share(quiet, inconclusive),
    };
  });
}

/**
 * Each threshold of the plan tried alone on this scenario, with its regressions and on a healthy
 * copy. Deterministic, and cached by scenario and plan, so scoring the same plan again is cheap.
 */
export function thresholdTrials(scenario: Scenario, plan: Plan): readonly ThresholdTrial[] {
  // Only what changes a trial's runs goes into the key: not the rollback or follow-up.
  const relevant = [plan.cohorts, plan.stages, plan.thresholds, plan.significance];
  const key = `${scenario.id}\n${JSON.stringify(scenario)}\n${JSON.stringify(relevant)}`;
  const known = cache.get(key);
  if (known) return known;
  const trials = runTrials(scenario, plan);
  if (cache.size >= CACHE_SIZE) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, trials);
  return trials;
}
