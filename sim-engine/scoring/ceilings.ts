import type { Plan } from '../domain/plan';
import type { RunResult } from '../domain/run';
import type { Scenario } from '../domain/scenario';
import { formatMinutes } from '../plan/describePlan';
import { holdMinutes, minimumHold } from './rampDimension';
import { excessNoise, PERFECT_BAR, type TrialBar } from './referenceTrials';
import type { ThresholdTrial } from './thresholdTrials';

/**
 * The highest total a plan may reach when it shows a habit no release engineer would sign,
 * whatever its other dimensions earn: a gamed plan cannot land in the strong band (DESIGN §4).
 * Data, like the weights; docs/scoring.md lists them.
 */
export const CEILINGS = {
  /** Nothing could ever call a rollback. */
  guardsNothing: 45,
  /** One gate, then everyone: the ramp is a single jump. */
  singleJump: 70,
  /** Every hold shorter than the least a stage of its size needs: a ramp in shape only. */
  rushedHolds: 70,
  /** Thresholds that stop a healthy copy in most trial runs. */
  noisyThresholds: 70,
  /** No threshold caught this scenario's regression in any trial run. */
  blindThresholds: 70,
  /** This run failed: the regression reached everyone, the rollback waited, a false alarm, or a healthy release never shipped. */
  failedRun: 70,
} as const;

/** Share of trial runs on the healthy copy above which a threshold counts as noisy. */
export const NOISY_TRIAL_SHARE = 0.5;

export interface Ceiling {
  readonly cap: number;
  readonly reason: string;
}

const gatesBeforeFull = (plan: Plan) => plan.stages.filter((stage) => stage.percent < 100).length;

function planCeilings(
  plan: Plan,
  scenario: Scenario,
  trials: readonly ThresholdTrial[],
  bar: TrialBar,
) {
  const found: Ceiling[] = [];
  if (plan.thresholds.length === 0)
    found.push({ cap: CEILINGS.guardsNothing, reason: 'the plan guards nothing' });
  if (gatesBeforeFull(plan) <= 1)
    found.push({ cap: CEILINGS.singleJump, reason: 'the ramp is a single jump to 100 %' });
  const gates = plan.stages.filter((stage) => stage.percent < 100);
  if (gates.length > 1 && gates.every((stage) => holdMinutes(stage) < minimumHold(stage)))
    found.push({
      cap: CEILINGS.rushedHolds,
      reason: 'every hold is shorter than its stage needs to gather volume',
    });
  if (trials.some((trial) => excessNoise(trial, bar) > NOISY_TRIAL_SHARE))
    found.push({
      cap: CEILINGS.noisyThresholds,
      reason: 'its limits stop a healthy release in most trial runs',
    });
  const regressed = scenario.regressions.length > 0;
  const catchable = (bar.catchRate ?? 0) > 0;
  if (regressed && catchable && trials.length > 0 && trials.every((t) => (t.catchRate ?? 0) === 0))
    found.push({
      cap: CEILINGS.blindThresholds,
      reason: 'no threshold caught this regression in any trial run',
    });
  return found;
}

function runFailure(run: RunResult): string | undefined {
  const { outcome } = run;
  if (outcome.falseRollback) return 'this run rolled back on noise';
  if (outcome.regressionPresent && outcome.caught === false && outcome.reachedFullRollout)
    return 'the regression reached everyone';
  if (outcome.caught && !outcome.caughtInTime)
    return `the rollback took ${formatMinutes(outcome.minutesToRollback ?? 0)} to complete`;
  if (!outcome.regressionPresent && !outcome.reachedFullRollout)
    return 'the healthy release never reached everyone';
  return undefined;
}

/** Every ceiling this attempt meets: habits of the plan, and a run that failed. */
export function ceilingsFor(
  plan: Plan,
  scenario: Scenario,
  trials: readonly ThresholdTrial[],
  run: RunResult,
  bar: TrialBar = PERFECT_BAR,
): Ceiling[] {
  const failure = runFailure(run);
  return [
    ...planCeilings(plan, scenario, trials, bar),
    ...(failure ? [{ cap: CEILINGS.failedRun, reason: failure }] : []),
  ];
}

/** The penalty that brings `total` down to the lowest ceiling met, naming every reason; none when under it. */
export function ceilingPenalty(
  total: number,
  ceilings: readonly Ceiling[],
): { readonly reason: string; readonly points: number } | undefined {
  if (ceilings.length === 0) return undefined;
  const cap = Math.min(...ceilings.map((ceiling) => ceiling.cap));
  if (total <= cap) return undefined;
  const reasons = ceilings.map((ceiling) => ceiling.reason).join('; ');
  return { reason: `Capped at ${cap}: ${reasons}`, points: total - cap };
}
