import type { Plan, Threshold } from '../../domain/plan';
import type { Scenario } from '../../domain/scenario';
import { isModelChange } from '../weights';
import execBusinessHours from './exec-business-hours.json';
import guardsNothing from './guards-nothing.json';
import highValueFirst from './high-value-first.json';
import internalOnly from './internal-only-cohort.json';
import looseLimits from './loose-limits.json';
import peeking from './peeking-realistic-limits.json';
import rushedRamp from './rushed-ramp.json';
import singleJump from './single-jump.json';
import tightLimits from './tight-limits-point-estimates.json';
import zeroLimits from './zero-limits-day-holds.json';

/**
 * A plan written to game the rubric (or to drop one habit), kept as a JSON fixture so the
 * rubric's tests, the docs and a reviewer read the same file. Plans are written in segment
 * kinds and metric names so they travel between scenarios.
 */
export interface AdversarialPlan {
  readonly id: string;
  /** What the plan does, and why a release engineer would not sign it. */
  readonly story: string;
  /** Where the rubric must put it. */
  readonly expect: string;
  readonly plan: Plan;
  /** The thresholds to use on a model or prompt change instead of `plan.thresholds`. */
  readonly modelThresholds?: readonly Threshold[];
}

/** Every adversarial plan, by id (the fixtures are trusted test data, typed here once). */
export const ADVERSARIAL_PLANS = Object.fromEntries(
  (
    [
      zeroLimits,
      singleJump,
      execBusinessHours,
      tightLimits,
      guardsNothing,
      looseLimits,
      internalOnly,
      highValueFirst,
      rushedRamp,
      peeking,
    ] as unknown as AdversarialPlan[]
  ).map((fixture) => [fixture.id, fixture]),
) as Readonly<Record<string, AdversarialPlan>>;

/**
 * The fixture adapted to a scenario as the seed's strong plan is: model thresholds on a model
 * change, only metrics the scenario can observe, only segment kinds it has.
 */
export function adversarialPlanFor(id: string, scenario: Scenario): Plan {
  const fixture = ADVERSARIAL_PLANS[id];
  if (!fixture) throw new Error(`no adversarial plan "${id}"`);
  const { plan } = fixture;
  const thresholds =
    isModelChange(scenario.changeKind) && fixture.modelThresholds
      ? fixture.modelThresholds
      : plan.thresholds;
  const kinds = new Set<string>(scenario.segments.map((segment) => segment.kind));
  return {
    ...plan,
    cohorts: plan.cohorts === 'random' ? 'random' : plan.cohorts.filter((kind) => kinds.has(kind)),
    thresholds: thresholds.filter((threshold) =>
      scenario.observableMetrics.includes(threshold.metric),
    ),
  };
}
