import type { Plan, Scenario, ValidationIssue } from '../../../sim-engine/index';
import { initialDraft, type PlanDraft } from '../plan/planDraft';
import { validateDraft } from '../plan/validateDraft';

/**
 * When the interview's time runs out the plan is committed as it stands. A draft that does
 * not validate is repaired by the minimum: each part of the plan with a problem (cohorts,
 * stages, thresholds, significance, rollback, follow-up) is replaced by the app's neutral
 * opening draft of that part, and every part that validates is kept as the learner wrote it.
 * So a half-typed threshold costs the thresholds, not the whole plan. Should the mended parts
 * still clash (e.g. kept stages against a replaced cohort list), the opening draft is used
 * whole. Nothing is invented beyond the opening draft: what was missing scores as missing.
 */

export type PlanPart =
  'cohorts' | 'stages' | 'thresholds' | 'significance' | 'rollback' | 'followUp';

export interface CommittedAsItStands {
  readonly plan: Plan;
  /** The parts taken from the opening draft, in plan order; empty when the draft was valid. */
  readonly filled: readonly PlanPart[];
  /** True when even the mended draft failed and the opening draft was used whole. */
  readonly replacedWhole: boolean;
}

const PARTS: readonly PlanPart[] = [
  'cohorts',
  'stages',
  'thresholds',
  'significance',
  'rollback',
  'followUp',
];

function partOf(issue: ValidationIssue): PlanPart | null {
  const match = /^\$\.([A-Za-z]+)/.exec(issue.path);
  const key = match?.[1];
  return PARTS.find((part) => part === key) ?? null;
}

function takePart(draft: PlanDraft, from: PlanDraft, part: PlanPart): PlanDraft {
  switch (part) {
    case 'cohorts':
      return { ...draft, random: from.random, cohorts: from.cohorts };
    case 'stages':
      return { ...draft, stages: from.stages };
    case 'thresholds':
      return { ...draft, thresholds: from.thresholds };
    case 'significance':
      return { ...draft, confidence: from.confidence };
    case 'rollback':
      return {
        ...draft,
        authorizers: from.authorizers,
        coverage: from.coverage,
        mechanism: from.mechanism,
      };
    case 'followUp':
      return { ...draft, abTest: from.abTest };
  }
}

/** The plan to commit when time is up; never fails for a scenario whose opening draft runs. */
export function commitAsItStands(draft: PlanDraft, scenario: Scenario): CommittedAsItStands {
  const first = validateDraft(draft, scenario);
  if (first.plan) return { plan: first.plan, filled: [], replacedWhole: false };
  const opening = initialDraft(scenario);
  const broken = new Set(first.issues.map(partOf));
  const filled = PARTS.filter((part) => broken.has(part));
  const mended = filled.reduce((d, part) => takePart(d, opening, part), draft);
  const second = broken.has(null) ? null : validateDraft(mended, scenario).plan;
  if (second) return { plan: second, filled, replacedWhole: false };
  const whole = validateDraft(opening, scenario).plan;
  if (!whole) throw new Error(`The opening draft of ${scenario.id} does not validate.`);
  return { plan: whole, filled: PARTS, replacedWhole: true };
}

const PART_LABELS: Readonly<Record<PlanPart, string>> = {
  cohorts: 'the cohort order',
  stages: 'the ramp',
  thresholds: 'the thresholds',
  significance: 'the significance guard',
  rollback: 'the rollback',
  followUp: 'the follow-up',
};

/** One sentence for the learner on what was committed for them. */
export function describeFilled(result: CommittedAsItStands): string {
  if (result.replacedWhole) return 'Your draft did not validate, so the opening draft was run.';
  if (result.filled.length === 0) return 'Your plan was committed as you left it.';
  const parts = result.filled.map((part) => PART_LABELS[part]).join(', ');
  return `Parts that did not validate were replaced by the opening draft: ${parts}.`;
}
