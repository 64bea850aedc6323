import type { Plan } from '../domain/plan';
import type { Outcome, RunEvent } from '../domain/run';
import type { Scenario } from '../domain/scenario';
import type { ExposureTotals } from './exposureLedger';
import type { ReleaseState } from './releaseState';

export interface OutcomeInputs {
  readonly scenario: Scenario;
  readonly plan: Plan;
  readonly events: readonly RunEvent[];
  readonly ledger: ExposureTotals;
  readonly state: ReleaseState;
  readonly endMinute: number;
  readonly overridesUsed: number;
}

/** The outcome of a run, from its events and exposure ledger. */
export function summarizeOutcome(inputs: OutcomeInputs): Outcome {
  const { scenario, plan, events, ledger, state } = inputs;
  const regressionPresent = scenario.regressions.length > 0;
  const requested = events.find((event) => event.type === 'rollback-requested');
  const breach = events.find((event) => event.type === 'breach');
  const complete = events.find((event) => event.type === 'rollback-complete');
  const onset = events.find((event) => event.type === 'regression-onset');
  const rolledBackBeforeFull = requested !== undefined && state.fullRolloutMinute === null;
  const detectionMinute = requested?.minute ?? null;
  const stageAtDetection = breach?.stage ?? (requested ? state.stage : null);
  return {
    regressionPresent,
    caught: regressionPresent ? rolledBackBeforeFull : null,
    stageAtDetection,
    percentAtDetection:
      stageAtDetection === null ? null : (plan.stages[stageAtDetection]?.percent ?? null),
    detectionMinute,
    detectionMetric: breach?.metric ?? null,
    onsetMinute: onset?.minute ?? null,
    rollbackRequestedMinute: requested?.minute ?? null,
    rollbackCompleteMinute: complete?.minute ?? null,
    rollbackReason: requested?.type === 'rollback-requested' ? requested.reason : null,
    inconclusiveStage: events.find((event) => event.type === 'stage-inconclusive')?.stage ?? null,
    ...ledger,
    falseRollback: !regressionPresent && requested !== undefined,
    reachedFullRollout: state.fullRolloutMinute !== null,
    minutesToFullRollout: state.fullRolloutMinute,
    overridesUsed: inputs.overridesUsed,
    endMinute: inputs.endMinute,
  };
}
