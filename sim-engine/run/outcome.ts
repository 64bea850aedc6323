import type { GuardedMetric, Plan } from '../domain/plan';
import type { Outcome, RollbackCause, RunEvent, RunSeries } from '../domain/run';
import { CHECK_INTERVAL_MINUTES } from '../domain/run';
import type { Scenario } from '../domain/scenario';
import type { ExposureTotals } from './exposureLedger';
import type { ReleaseState } from './releaseState';

/**
 * A rollback that completes more than this many minutes after it was called did not contain
 * the damage: the seed says under five minutes; an hour is the point where a night's wait for
 * authority or a redeploy, not the canary, decided the outcome.
 */
export const CONTAINED_WITHIN_MINUTES = 60;

export interface OutcomeInputs {
  readonly scenario: Scenario;
  readonly plan: Plan;
  readonly events: readonly RunEvent[];
  readonly ledger: ExposureTotals;
  readonly state: ReleaseState;
  readonly endMinute: number;
  readonly overridesUsed: number;
  /** Per-check series: which intervals had a regression active, and each gate's read window. */
  readonly series?: Pick<RunSeries, 'regressionActive' | 'thresholds'>;
}

type Breach = Extract<RunEvent, { type: 'breach' }>;

/** The metrics a plan could see move because of regressions begun before `minute` (a check's). */
function movedBy(scenario: Scenario, events: readonly RunEvent[], minute: number) {
  const begun = new Set(
    events.flatMap((e) =>
      e.type === 'regression-onset' && e.minute < minute ? [e.regressionId] : [],
    ),
  );
  const moved = new Set<GuardedMetric>();
  for (const regression of scenario.regressions) {
    if (!begun.has(regression.id)) continue;
    for (const effect of regression.effects) {
      // Latency shows in either tail quantile.
      if (effect.metric === 'latency')
        ['latency_p99', 'latency_p95'].forEach((m) => moved.add(m as GuardedMetric));
      else moved.add(effect.metric);
    }
  }
  return moved;
}

/** First minute of the data the gate read for this breach: the event's, else the series', else the stage's start. */
function readWindowStart(
  breach: Breach,
  events: readonly RunEvent[],
  inputs: OutcomeInputs,
): number {
  const own = breach.windowStart;
  if (typeof own === 'number') return own;
  const interval = lastIntervalRead(breach);
  const fromSeries = inputs.series?.thresholds[breach.thresholdIndex]?.windowStart[interval];
  if (fromSeries !== undefined && Number.isFinite(fromSeries)) return fromSeries;
  const entered = events.filter(
    (e) => e.type === 'stage-entered' && e.stage === breach.stage && e.minute <= breach.minute,
  );
  return entered[entered.length - 1]?.minute ?? 0;
}

/**
 * The interval a check at the breach's minute had just read: checks fall at the end of an
 * interval, so an onset noted at that very minute begins the next one, which the gate never saw.
 */
function lastIntervalRead(breach: Breach): number {
  return Math.ceil(breach.minute / CHECK_INTERVAL_MINUTES) - 1;
}

/** Whether a regression was active on exposed traffic somewhere in the data the gate read. */
function activeInWindow(breach: Breach, events: readonly RunEvent[], inputs: OutcomeInputs) {
  const active = inputs.series?.regressionActive;
  const onset = events.some((e) => e.type === 'regression-onset' && e.minute < breach.minute);
  if (!active) return onset;
  const first = Math.floor(readWindowStart(breach, events, inputs) / CHECK_INTERVAL_MINUTES);
  const last = Math.min(active.length - 1, lastIntervalRead(breach));
  for (let i = Math.max(0, first); i <= last; i++) if (active[i]) return true;
  return false;
}

/**
 * Why the run's rollback was called: a regression the gate really saw (active in the window it
 * read, on a metric the regression moves), noise (a breach with nothing real behind it), or a
 * metric hold the data could not decide.
 */
export function rollbackCause(inputs: OutcomeInputs): RollbackCause | null {
  const { events, scenario } = inputs;
  const requested = events.find((e) => e.type === 'rollback-requested');
  if (!requested || requested.type !== 'rollback-requested') return null;
  if (requested.reason === 'inconclusive') return 'inconclusive';
  const breach = [...events]
    .reverse()
    .find((e): e is Breach => e.type === 'breach' && e.minute <= requested.minute);
  if (!breach) return 'noise';
  const real =
    movedBy(scenario, events, breach.minute).has(breach.metric) &&
    activeInWindow(breach, events, inputs);
  return real ? 'regression' : 'noise';
}

/** The outcome of a run, from its events and exposure ledger. */
export function summarizeOutcome(inputs: OutcomeInputs): Outcome {
  const { scenario, plan, events, ledger, state } = inputs;
  const regressionPresent = scenario.regressions.length > 0;
  const requested = events.find((event) => event.type === 'rollback-requested');
  const breach = events.find((event) => event.type === 'breach');
  const complete = events.find((event) => event.type === 'rollback-complete');
  const onset = events.find((event) => event.type === 'regression-onset');
  const cause = rollbackCause(inputs);
  const rolledBackBeforeFull = requested !== undefined && state.fullRolloutMinute === null;
  const caught = regressionPresent ? rolledBackBeforeFull && cause === 'regression' : null;
  const detectionMinute = requested?.minute ?? null;
  const stageAtDetection = breach?.stage ?? (requested ? state.stage : null);
  const minutesToRollback =
    requested && complete ? Math.max(0, complete.minute - requested.minute) : null;
  return {
    regressionPresent,
    caught,
    stageAtDetection,
    percentAtDetection:
      stageAtDetection === null ? null : (plan.stages[stageAtDetection]?.percent ?? null),
    detectionMinute,
    detectionMetric: breach?.metric ?? null,
    onsetMinute: onset?.minute ?? null,
    rollbackRequestedMinute: requested?.minute ?? null,
    rollbackCompleteMinute: complete?.minute ?? null,
    rollbackReason: requested?.type === 'rollback-requested' ? requested.reason : null,
    rollbackCause: cause,
    minutesToRollback,
    caughtInTime:
      caught === null
        ? null
        : caught && minutesToRollback !== null && minutesToRollback <= CONTAINED_WITHIN_MINUTES,
    inconclusiveStage: events.find((event) => event.type === 'stage-inconclusive')?.stage ?? null,
    ...ledger,
    falseRollback: cause === 'noise',
    reachedFullRollout: state.fullRolloutMinute !== null,
    minutesToFullRollout: state.fullRolloutMinute,
    overridesUsed: inputs.overridesUsed,
    endMinute: inputs.endMinute,
  };
}
