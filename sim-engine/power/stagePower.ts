import type { Plan } from '../domain/plan';
import type { Scenario } from '../domain/scenario';
import { guardForPlan } from '../gates/planGuard';
import { windowSchedule, windowTestLevel } from '../gates/windowSchedule';
import type { Guard } from '../statistics/guard';
import { MIXING_VARIANCE_FACTOR } from '../statistics/mixtureSprt';
import { detectionProbability, holdForPower } from '../statistics/power';
import {
  minutesToSeeConversions,
  purchaseArrivals,
  unseenConversionMinutes,
} from '../metrics/purchaseDelay';
import { meanRequestsPerMinute, varianceModel } from './varianceModel';

/** A plan stage, one of its thresholds, and the true effect the learner wants to catch. */
export interface StagePowerQuestion {
  readonly scenario: Scenario;
  readonly plan: Plan;
  readonly stageIndex: number;
  readonly thresholdIndex: number;
  /** The true move in the bad direction, in the threshold's units (e.g. 2 for "2 % lower"). */
  readonly effect: number;
  /**
   * The scenario minute the stage starts at, when known: traffic then follows the scenario's
   * daily cycle and weekends over the hold. Without it, the scenario's mean requests per
   * minute on a weekday (the daily cycle averages out over a day).
   */
  readonly startMinute?: number;
}

/**
 * The test the engine runs on the whole stage (window 0): the boundary level calibrated to
 * its share of the stage's α over its planned looks, and τ² a few times the variance
 * expected at the hold's planned end. The restarted windows add a
 * little power against an immediate regression; the helper leaves them out (it errs low).
 */
function stageGuard(plan: Plan, stageIndex: number, variancePerMinute: number): Guard {
  const guard = guardForPlan(plan);
  if (guard.mode === 'point') return guard;
  const schedule = windowSchedule(plan.stages[stageIndex]?.hold);
  return {
    mode: 'sequential',
    alpha: windowTestLevel(0, schedule, guard.alpha),
    mixingVariance: (MIXING_VARIANCE_FACTOR * variancePerMinute) / schedule.plannedMinutes,
  };
}

function question(input: StagePowerQuestion & { readonly holdMinutes?: number }) {
  const { scenario, plan, stageIndex, thresholdIndex } = input;
  const threshold = plan.thresholds[thresholdIndex];
  if (!threshold) throw new RangeError(`The plan has no threshold ${thresholdIndex}.`);
  const traffic = meanRequestsPerMinute(
    scenario,
    input.startMinute,
    input.holdMinutes ?? stageHoldMinutes(plan, stageIndex),
  );
  const model = varianceModel(scenario, plan, stageIndex, threshold, traffic);
  return {
    guard: stageGuard(plan, stageIndex, model(input.effect)),
    effect: input.effect,
    limit: threshold.limit,
    unit: threshold.unit,
    variancePerMinute: model(input.effect),
    // The engine's gate plugs its observed rate into the variance: its boundary moves with it.
    gateVariancePerMinute: model,
    purchases: threshold.metric === 'conversion' ? purchaseArrivals(scenario.monitoring) : null,
  };
}

/** Minutes a stage holds for: a time hold's length, or a metric hold's stable period at least. */
export function stageHoldMinutes(plan: Plan, stageIndex: number): number {
  const hold = plan.stages[stageIndex]?.hold;
  if (!hold) return 0;
  return hold.type === 'time' ? hold.minutes : hold.stableMinutes;
}

/** Probability the stage's guard catches `effect` on this threshold within `holdMinutes` (default: the stage's hold). */
export function stageDetectionProbability(
  input: StagePowerQuestion & { readonly holdMinutes?: number },
): number {
  const { purchases, ...rest } = question(input);
  const minutes = input.holdMinutes ?? stageHoldMinutes(input.plan, input.stageIndex);
  const hold = purchases ? minutes - unseenConversionMinutes(purchases, minutes) : minutes;
  return hold <= 0 ? 0 : detectionProbability({ ...rest, holdMinutes: hold });
}

/** The hold that gives an 80 % chance of catching `effect` at this stage, or null beyond 14 days. */
export function stageHoldForPower(
  input: StagePowerQuestion & { readonly target?: number },
): number | null {
  const { purchases, ...rest } = question(input);
  const hold = holdForPower({
    ...rest,
    ...(input.target === undefined ? {} : { target: input.target }),
  });
  if (hold === null) return null;
  return purchases ? minutesToSeeConversions(purchases, hold) : hold;
}
