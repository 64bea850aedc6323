import type { Plan } from '../domain/plan';
import type { RunEvent, RunSeries } from '../domain/run';
import type { CohortReference } from '../gates/cohortReference';
import { readThreshold } from '../gates/thresholdEstimate';
import type { ArmCounts } from '../metrics/armCounts';
import { alwaysValidBounds, judgeCheck, type Guard } from '../statistics/guard';
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
  const { plan, state, guard, limits, minute, interval, series, events } = context;
  let breachIndex = -1;
  let anyBeyond = false;
  plan.thresholds.forEach((threshold, index) => {
    const limit = limits[index] ?? threshold.limit;
    const reading = readThreshold(
      threshold,
      context.canary,
      context.control,
      context.cohort,
      context.tailStart,
    );
    const check = { ...reading, limit, unit: threshold.unit };
    const verdict = judgeCheck(check, guard);
    const line = series.thresholds[index];
    if (line) {
      line.estimate[interval] = reading.estimate;
      line.limit[interval] = limit;
      const bounds =
        guard.mode === 'sequential'
          ? alwaysValidBounds(check, guard)
          : { lower: Number.NaN, upper: Number.NaN };
      line.lower[interval] = bounds.lower;
      line.upper[interval] = bounds.upper;
    }
    if (verdict === 'inside') return;
    anyBeyond = true;
    if (verdict === 'amber' && !context.amberNoted[index]) {
      context.amberNoted[index] = true;
      events.push({
        type: 'threshold-amber',
        minute,
        stage: state.stage,
        thresholdIndex: index,
        estimate: reading.estimate,
      });
    }
    if (verdict === 'breach' && breachIndex < 0) {
      breachIndex = index;
      events.push({
        type: 'breach',
        minute,
        stage: state.stage,
        thresholdIndex: index,
        metric: threshold.metric,
        estimate: reading.estimate,
        limit,
      });
    }
  });
  if (breachIndex >= 0) {
    state.requestRollback(minute, 'breach');
    return;
  }
  if (anyBeyond) state.stableSince = minute;
  if (state.phase !== 'holding') return;
  judgeHold(context);
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
    events.push({ type: 'hold-gave-up', minute, stage: state.stage });
    state.requestRollback(minute, 'hold-gave-up');
  }
}
