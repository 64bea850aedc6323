import type { Plan } from '../domain/plan';
import type { Scenario } from '../domain/scenario';
import { strongPlanFor } from '../scoring/referencePlans';
import type { Trap } from './traps';

/**
 * The seed's strong answer fitted to the scenario; where the calendar moved the whole world, its
 * conversion guard against the concurrent control allows 5 % (the segment mixes of canary and
 * control differ), as the built-in "after the sale" scenario's strong reference does.
 */
export function strongReferenceFor(scenario: Scenario, trap: Trap | null): Plan {
  const strong = strongPlanFor(scenario);
  if (trap?.kind !== 'drift') return strong;
  return {
    ...strong,
    thresholds: strong.thresholds.map((threshold) =>
      threshold.metric === 'conversion' ? { ...threshold, limit: 5 } : threshold,
    ),
  };
}

/**
 * The weak reference with a regression: it guards what the strong plan guards, with the same
 * limits and confidence, but hurries as the seed's weak answer does: a random 1 % for one hour on
 * a clock, then everyone, no sign-off, rollback by a redeploy in office hours, no A/B test. It
 * fails only when the regression does not show within that hour at 1 % (a later onset, a
 * load threshold, a segment a random 1 % barely samples, an effect too small for an hour's
 * volume), so its failure rate is measured, not built in.
 */
function hurriedPlan(strong: Plan): Plan {
  return {
    format: 'canary-plan/1',
    cohorts: 'random',
    stages: [{ percent: 1, hold: { type: 'time', minutes: 60 } }, { percent: 100 }],
    thresholds: strong.thresholds,
    significance: strong.significance,
    rollback: { authorizers: ['eng-lead'], coverage: 'business-hours', mechanism: 'redeploy' },
    followUp: { abTest: false },
  };
}

/** The weak reference: the hurried guard, or on a healthy trap, the strong plan with the trap's mistake. */
export function weakReferenceFor(scenario: Scenario, strong: Plan, trap: Trap | null): Plan {
  if (scenario.regressions.length > 0 || !trap) return hurriedPlan(strong);
  const wrong = trap.kind === 'cohort-artifact' ? 'control' : 'cohort';
  return {
    ...strong,
    thresholds: strong.thresholds.map((threshold) =>
      threshold.metric === 'conversion' ? { ...threshold, compare: wrong } : threshold,
    ),
    followUp: { abTest: false },
  };
}
