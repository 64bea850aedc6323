import type { Plan } from '../domain/plan';
import type { Outcome, RunResult } from '../domain/run';
import type { Scenario } from '../domain/scenario';
import type { Counterfactual } from '../domain/score';
import { formatMinutes } from '../plan/describePlan';
import { simulate } from '../run/simulate';
import { METRIC_LABELS, formatCount } from './wording';

/** A plan played on the same scenario and seed as the learner's run. */
export function counterfactual(
  label: Counterfactual['label'],
  scenario: Scenario,
  plan: Plan,
  seed: number,
): Counterfactual {
  return { label, plan, outcome: simulate(scenario, plan, { seed }).outcome };
}

/** Yours, the strong reference and the weak one, on the learner's seed. */
export function comparisonStrip(
  run: RunResult,
  scenario: Scenario,
  references: { readonly strong: Plan; readonly weak: Plan },
): Counterfactual[] {
  return [
    { label: 'yours', plan: run.plan, outcome: run.outcome },
    counterfactual('strong', scenario, references.strong, run.seed),
    counterfactual('weak', scenario, references.weak, run.seed),
  ];
}

/** One line per outcome for the comparison strip: what stopped the release, exposure, time. */
export function summarizeOutcome(outcome: Outcome): string {
  const at = `at ${outcome.percentAtDetection ?? '?'} %`;
  const after = (minute: number | null) => formatMinutes(Math.max(0, minute ?? 0));
  if (outcome.rollbackCause === 'inconclusive') {
    return `Stopped ${at} after ${after(outcome.rollbackRequestedMinute)}: the data could not decide (inconclusive)`;
  }
  if (outcome.falseRollback) {
    return `False alarm ${at} after ${after(outcome.rollbackRequestedMinute)}: rolled back on noise`;
  }
  if (!outcome.regressionPresent) {
    return outcome.minutesToFullRollout === null
      ? 'Never reached full rollout'
      : `Healthy release shipped in ${formatMinutes(outcome.minutesToFullRollout)}`;
  }
  const exposure = `${formatCount(outcome.exposedUsers)} users exposed`;
  if (!outcome.caught) return `Not caught; ${exposure}`;
  const metric = outcome.detectionMetric ? ` on ${METRIC_LABELS[outcome.detectionMetric]}` : '';
  const detected = after((outcome.detectionMinute ?? 0) - (outcome.onsetMinute ?? 0));
  const rollback =
    outcome.minutesToRollback === null
      ? ''
      : outcome.caughtInTime
        ? `, rolled back in ${formatMinutes(outcome.minutesToRollback)}`
        : `, but the rollback took ${formatMinutes(outcome.minutesToRollback)}`;
  return `Caught ${at}${metric} ${detected} after onset${rollback}; ${exposure}`;
}
