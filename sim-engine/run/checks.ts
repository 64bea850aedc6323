import type { Plan } from '../domain/plan';
import type { RunEvent, RunSeries } from '../domain/run';
import type { CohortReference } from '../gates/cohortReference';
import { readThreshold } from '../gates/thresholdEstimate';
import type { ArmCounts } from '../metrics/armCounts';
import {
  alwaysValidBounds,
  judgeCheck,
  type CheckVerdict,
  type Guard,
  type ThresholdCheck,
} from '../statistics/guard';
import { CHECK_INTERVAL_MINUTES } from '../domain/run';
import type { ReleaseState } from './releaseState';

export interface CheckContext {
  readonly plan: Plan;
  readonly state: ReleaseState;
  readonly guard: Guard;
  /** Current limits: the plan's, unless overridden mid-run. */
  readonly limits: readonly number[];
  readonly canary: ArmCounts;
  readonly control: ArmCounts;
  readonly cohort: CohortReference;
  readonly tailStart: number;
  readonly interval: number;
  readonly minute: number;
  readonly series: RunSeries;
  readonly amberNoted: boolean[];
  readonly events: RunEvent[];
}

/**
 * One gate check: reads every threshold, rolls back on a breach, restarts a metric hold's
 * stable period on anything beyond a limit, and completes or abandons the stage's hold.
 */
export function runChecks(context: CheckContext): void {
  const { plan, state, minute, events } = context;
  let breachIndex = -1;
  let anyBeyond = false;
  for (let index = 0; index < plan.thresholds.length; index++) {
    const verdict = checkThreshold(context, index);
    if (verdict === 'inside') continue;
    anyBeyond = true;
    if (verdict === 'breach' && breachIndex < 0) breachIndex = index;
  }
  if (breachIndex >= 0) {
    const threshold = plan.thresholds[breachIndex];
    const line = context.series.thresholds[breachIndex];
    if (threshold && line) {
      events.push({
        type: 'breach',
        minute,
        stage: state.stage,
        thresholdIndex: breachIndex,
        metric: threshold.metric,
        estimate: line.estimate[context.interval] ?? Number.NaN,
        limit: context.limits[breachIndex] ?? threshold.limit,
      });
    }
    state.requestRollback(minute, 'breach');
    return;
  }
  if (anyBeyond) state.stableSince = minute;
  if (state.phase !== 'holding') return;
  judgeHold(context);
}

/** Reads one threshold, records it for the charts, and notes its first amber of the stage. */
function checkThreshold(context: CheckContext, index: number): CheckVerdict {
  const { plan, guard, interval } = context;
  const threshold = plan.thresholds[index];
  if (!threshold) return 'inside';
  const reading = readThreshold(
    threshold,
    context.canary,
    context.control,
    context.cohort,
    context.tailStart,
  );
  const check: ThresholdCheck = {
    estimate: reading.estimate,
    variance: reading.variance,
    limit: context.limits[index] ?? threshold.limit,
    unit: threshold.unit,
  };
  const verdict = judgeCheck(check, guard);
  const line = context.series.thresholds[index];
  if (line) {
    line.estimate[interval] = check.estimate;
    line.limit[interval] = check.limit;
    // Gates read counts cumulative since the stage began.
    line.windowStart[interval] = context.state.stageStartMinute;
    if (guard.mode === 'sequential') {
      const bounds = alwaysValidBounds(check, guard);
      line.lower[interval] = bounds.lower;
      line.upper[interval] = bounds.upper;
    }
  }
  if (verdict === 'amber' && !context.amberNoted[index]) {
    context.amberNoted[index] = true;
    context.events.push({
      type: 'threshold-amber',
      minute: context.minute,
      stage: context.state.stage,
      thresholdIndex: index,
      estimate: check.estimate,
    });
  }
  return verdict;
}

function judgeHold({ plan, state, minute, events }: CheckContext): void {
  const hold = plan.stages[state.stage]?.hold;
  const elapsed = minute - state.stageStartMinute;
  if (!hold) {
    state.completeHold(minute, CHECK_INTERVAL_MINUTES);
    return;
  }
  if (hold.type === 'time') {
    if (elapsed >= hold.minutes) state.completeHold(minute, CHECK_INTERVAL_MINUTES);
    return;
  }
  if (minute - state.stableSince >= hold.stableMinutes) {
    state.completeHold(minute, CHECK_INTERVAL_MINUTES);
  } else if (elapsed >= hold.maxMinutes) {
    events.push({ type: 'stage-inconclusive', minute, stage: state.stage, next: 'rollback' });
    state.requestRollback(minute, 'inconclusive');
  }
}
