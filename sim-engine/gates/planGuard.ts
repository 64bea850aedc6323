import type { Plan } from '../domain/plan';
import { guardForSignificance, type Guard } from '../statistics/guard';

/**
 * The guard a plan asks for: its false-alarm budget is spread over every guarded metric
 * in every stage that holds before 100 %, so the promise holds for the plan as a whole.
 */
export function guardForPlan(plan: Plan): Guard {
  const guardedStages = plan.stages.filter((stage) => stage.percent < 100).length;
  return guardForSignificance(
    plan.significance,
    Math.max(1, plan.thresholds.length),
    Math.max(1, guardedStages),
  );
}
