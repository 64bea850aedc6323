import type { Plan, Threshold } from '../domain/plan';
import type { RunEvent, RunSeries } from '../domain/run';
import { CHECK_INTERVAL_MINUTES } from '../domain/run';
import type { CohortReference } from '../gates/cohortReference';
import type { ThresholdReader } from '../gates/thresholdEstimate';
import type { DispersionModel } from '../metrics/dispersion';
import {
  alwaysValidHalfWidth,
  breachEvidence,
  judgeCheck,
  provenInside,
  type CheckVerdict,
  type Guard,
  type SequentialGuard,
  type ThresholdCheck,
} from '../statistics/guard';
import type { GateWindow } from './gateWindows';
import type { ReleaseState } from './releaseState';
import { elapsed, readWindow, windowGuard } from './windowReading';

export interface CheckContext {
  readonly plan: Plan;
  readonly state: ReleaseState;
  /** Point mode, or the α of one guarded metric in one stage (split over its windows here). */
  readonly guard: Guard;
  /**
   * The plan's thresholds with their current limits (overridden mid-run, or the plan's), each
   * an object of one shape: spreading them gave every check a shape of its own, and the
   * guard's property reads went megamorphic (a quarter of a run's time).
   */
  readonly thresholds: readonly Threshold[];
  /** Window 0 (the whole stage) first, then the restarted windows being read. */
  readonly windows: readonly GateWindow[];
  readonly cohort: CohortReference;
  /** The run's reader of thresholds (its fields hold the last reading). */
  readonly reader: ThresholdReader;
  readonly dispersion: DispersionModel;
  /**
   * Minutes' worth of a conversion window's visits whose purchases have not shown yet, for a
   * window of the given length: it holds that much less data (metrics/purchaseDelay.ts).
   */
  readonly unseenConversionMinutes: (windowMinutes: number) => number;
  readonly interval: number;
  readonly minute: number;
  readonly series: RunSeries;
  readonly amberNoted: boolean[];
  readonly events: RunEvent[];
}

/** What one threshold's check found, and in which window. */
interface ThresholdResult {
  readonly verdict: CheckVerdict;
  readonly window: GateWindow;
  readonly check: ThresholdCheck;
  /**
   * The whole stage's always-valid bound shows the move inside the limit; checked only where
   * that proof can complete a hold.
   */
  readonly provenInside: boolean;
}

/**
 * One gate check: reads every threshold in every window, rolls back on a proven breach, and
 * completes a stage's hold, or calls it inconclusive, on the evidence.
 */
export function runChecks(context: CheckContext): void {
  const { plan, state, minute, events } = context;
  let breach: { index: number; result: ThresholdResult } | null = null;
  let anyBeyond = false;
  let allInside = true;
  const proofNeeded = insideProofCanAct(context);
  for (let index = 0; index < plan.thresholds.length; index++) {
    const result = checkThreshold(context, index, proofNeeded);
    allInside &&= result.provenInside;
    if (result.verdict === 'inside') continue;
    anyBeyond = true;
    if (result.verdict === 'breach' && !breach) breach = { index, result };
  }
  if (breach) {
    const threshold = plan.thresholds[breach.index];
    if (threshold) {
      events.push({
        type: 'breach',
        minute,
        stage: state.stage,
        thresholdIndex: breach.index,
        metric: threshold.metric,
        estimate: breach.result.check.estimate,
        limit: breach.result.check.limit,
        windowStart: breach.result.window.startMinute,
      });
    }
    state.requestRollback(minute, 'breach');
    return;
  }
  // Point mode keeps the dashboard habit (and its peeking problem): anything beyond a
  // limit restarts a metric hold's stable period.
  if (context.guard.mode === 'point' && anyBeyond) state.stableSince = minute;
  if (state.phase !== 'holding') return;
  judgeHold(context, allInside);
}

/**
 * Whether this check's proof that every metric is inside its limit can complete a hold: only
 * a sequential guard's metric hold past its stable period. Elsewhere the proof is skipped.
 */
function insideProofCanAct(context: CheckContext): boolean {
  const { state } = context;
  if (context.guard.mode !== 'sequential' || state.phase !== 'holding') return false;
  const hold = context.plan.stages[state.stage]?.hold;
  return hold?.type === 'metric' && context.minute - state.stageStartMinute >= hold.stableMinutes;
}

/**
 * Reads one threshold in every window. The series shows the whole stage unless a restarted
 * window holds stronger evidence of a move beyond the limit: the window the gate acted on.
 */
function checkThreshold(
  context: CheckContext,
  index: number,
  proofNeeded: boolean,
): ThresholdResult {
  const { guard } = context;
  const stage = context.windows[0];
  if (!stage) throw new Error('the whole-stage window is always read');
  const stageCheck = readWindow(context, index, stage);
  if (guard.mode === 'point') {
    const verdict = judgeCheck(stageCheck, guard);
    record(
      context,
      index,
      { verdict, window: stage, check: stageCheck, provenInside: false },
      null,
    );
    return { verdict, window: stage, check: stageCheck, provenInside: false };
  }
  const stageTest = windowGuard(context, index, stage, stageCheck);
  let shownWindow = stage;
  let shownCheck = stageCheck;
  let shownTest = stageTest;
  // The whole stage's test is calibrated to its planned looks: past them it is shown, not acted on.
  const stageActs = elapsed(context, stage) <= stage.plannedMinutes;
  let bestEvidence =
    stageTest && stageActs ? breachEvidence(stageCheck, stageTest) : Number.NEGATIVE_INFINITY;
  for (let w = 1; w < context.windows.length; w++) {
    const window = context.windows[w];
    if (!window) continue;
    const check = readWindow(context, index, window);
    const test = windowGuard(context, index, window, check);
    // Only a window whose move is beyond the limit can be shown or act (τ² is fixed above).
    if (!test || !(check.estimate > check.limit)) continue;
    const evidence = breachEvidence(check, test);
    if (evidence > bestEvidence) {
      bestEvidence = evidence;
      shownWindow = window;
      shownCheck = check;
      shownTest = test;
    }
  }
  const verdict: CheckVerdict =
    bestEvidence >= 0 ? 'breach' : shownCheck.estimate > shownCheck.limit ? 'amber' : 'inside';
  // Proof inside uses the metric's whole α for the stage (calibrated to its planned looks):
  // its error is advancing a release beyond a limit, a different promise from the false
  // alarm the windows share.
  const inside =
    proofNeeded &&
    stageTest !== null &&
    provenInside(stageCheck, {
      mode: 'sequential',
      alpha: stage.insideLevel,
      mixingVariance: stageTest.mixingVariance,
    });
  const result = { verdict, window: shownWindow, check: shownCheck, provenInside: inside };
  record(context, index, result, shownTest);
  return result;
}

/** Writes the check into the series for the charts, and notes its first amber of the stage. */
function record(
  context: CheckContext,
  index: number,
  result: ThresholdResult,
  test: SequentialGuard | null,
): void {
  const { check, window, verdict } = result;
  const line = context.series.thresholds[index];
  if (line) {
    const interval = context.interval;
    line.estimate[interval] = check.estimate;
    line.limit[interval] = check.limit;
    line.windowStart[interval] = window.startMinute;
    if (test) {
      const halfWidth = alwaysValidHalfWidth(check, test);
      const usable = halfWidth !== Number.POSITIVE_INFINITY;
      line.lower[interval] = usable ? check.estimate - halfWidth : Number.NEGATIVE_INFINITY;
      line.upper[interval] = usable ? check.estimate + halfWidth : Number.POSITIVE_INFINITY;
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
}

/**
 * Time holds end on the clock. A metric hold completes once its stable period has passed and
 * every guarded metric is proven inside its limit; at maxMinutes without that proof (and
 * without a breach) the data could not decide, and the plan's onInconclusive says what next.
 */
function judgeHold(context: CheckContext, allInside: boolean): void {
  const { plan, state, minute, events } = context;
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
  const stable =
    context.guard.mode === 'point'
      ? minute - state.stableSince >= hold.stableMinutes
      : elapsed >= hold.stableMinutes && allInside;
  if (stable) {
    state.completeHold(minute, CHECK_INTERVAL_MINUTES);
  } else if (elapsed >= hold.maxMinutes) {
    const next = hold.onInconclusive ?? 'rollback';
    events.push({ type: 'stage-inconclusive', minute, stage: state.stage, next });
    if (next === 'rollback') state.requestRollback(minute, 'inconclusive');
    else state.completeHold(minute, CHECK_INTERVAL_MINUTES);
  }
}
