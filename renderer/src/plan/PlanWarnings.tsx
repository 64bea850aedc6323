import { planWarnings, SEGMENT_KINDS } from '../../../sim-engine/index';
import type { Plan, Scenario, SegmentKind, ValidationIssue } from '../../../sim-engine/index';
import { SEGMENT_KIND_LABELS } from '../text/labels';

function isKind(entry: string | undefined): entry is SegmentKind {
  return (SEGMENT_KINDS as readonly (string | undefined)[]).includes(entry);
}

/** One warning in the learner's words: which step of the order is skipped and why. */
export function warningText(warning: ValidationIssue, plan: Plan): string {
  const step = /^\$\.cohorts\[(\d+)\]$/.exec(warning.path)?.[1];
  const entry = step === undefined || plan.cohorts === 'random' ? undefined : plan.cohorts[+step];
  if (step === undefined || !isKind(entry)) return warning.message;
  return `Step ${+step + 1} of your exposure order names ${SEGMENT_KIND_LABELS[entry].toLowerCase()}, but this scenario has no such segment: that step is skipped.`;
}

/**
 * What the engine accepted but thinks the learner should know (e.g. a segment kind the
 * scenario lacks, so that step of the order was skipped), where the plan is committed and
 * scored. Nothing is drawn when there is nothing to say.
 */
export function PlanWarnings({
  plan,
  scenario,
  level = 2,
}: {
  readonly plan: Plan;
  readonly scenario: Scenario;
  /** The heading's level where it sits (a section of its own on Score, inside the summary). */
  readonly level?: 2 | 3;
}) {
  const warnings = planWarnings(plan, scenario);
  if (warnings.length === 0) return null;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="card plan-warnings" aria-labelledby="plan-warnings-heading">
      <Heading id="plan-warnings-heading">Worth knowing about your plan</Heading>
      <ul>
        {warnings.map((warning) => (
          <li key={warning.path}>{warningText(warning, plan)}</li>
        ))}
      </ul>
    </section>
  );
}
