import type { Plan } from '../domain/plan';
import type { Outcome, RunResult } from '../domain/run';
import type { Scenario } from '../domain/scenario';
import type { Counterfactual } from '../domain/score';
import { formatMinutes } from '../plan/describePlan';
import { simulate } from '../run/simulate';
import { formatCount } from './wording';

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

/** One line per outcome for the comparison strip: detection, exposure, time. */
export function summarizeOutcome(outcome: Outcome): string {
  if (outcome.falseRollback) {
    return `False rollback at minute ${outcome.detectionMinute ?? '?'}: a healthy release never shipped`;
  }
  if (!outcome.regressionPresent) {
    return outcome.minutesToFullRollout === null
      ? 'Never reached full rollout'
      : `Healthy release shipped in ${formatMinutes(outcome.minutesToFullRollout)}`;
  }
  const exposure = `${formatCount(outcome.exposedUsers)} users exposed`;
  if (!outcome.caught) return `Not caught; ${exposure}`;
  const metric = outcome.detectionMetric ?? 'a stalled hold';
  const complete = outcome.rollbackCompleteMinute;
  return (
    `Caught at ${outcome.percentAtDetection ?? '?'} % on ${metric}` +
    (complete === null ? '' : `, rolled back by minute ${complete}`) +
    `; ${exposure}`
  );
}
