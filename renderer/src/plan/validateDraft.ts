import { checkPlanAgainstScenario, parsePlan } from '../../../sim-engine/index';
import type { Plan, Scenario, ValidationIssue } from '../../../sim-engine/index';
import { draftToPlanInput, type PlanDraft } from './planDraft';

export interface DraftCheck {
  /** The plan, when the draft is valid for this scenario. */
  readonly plan: Plan | null;
  readonly issues: readonly ValidationIssue[];
}

/** Validates the draft with the engine's own plan validator and scenario checks. */
export function validateDraft(draft: PlanDraft, scenario: Scenario): DraftCheck {
  const parsed = parsePlan(draftToPlanInput(draft));
  if (!parsed.ok) return { plan: null, issues: parsed.issues };
  const issues = checkPlanAgainstScenario(parsed.value, scenario);
  return issues.length > 0 ? { plan: null, issues } : { plan: parsed.value, issues: [] };
}

/** The issues located at `path` or inside it (`$.stages[1]` holds `$.stages[1].hold.minutes`). */
export function issuesAt(issues: readonly ValidationIssue[], path: string): ValidationIssue[] {
  return issues.filter(
    (issue) =>
      issue.path === path || issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`),
  );
}
