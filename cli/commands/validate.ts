import {
  checkPlanAgainstScenario,
  planWarnings,
  type LoadedPack,
  type ValidationIssue,
} from '../../sim-engine/index';
import { InputError } from '../inputError';
import { issueLines, readPackFile } from '../inputs';

type Found = { readonly errors: ValidationIssue[]; readonly warnings: ValidationIssue[] };

/** A reference plan's issue, with the path from the pack's root. */
function underPlan(issue: ValidationIssue, index: number, which: string): ValidationIssue {
  return {
    ...issue,
    path: `$.scenarios[${index}].referencePlans.${which}${issue.path.slice(1)}`,
  };
}

/** Each scenario's reference plans checked exactly as `run` checks a learner's plan. */
export function checkReferencePlans(pack: LoadedPack): Found {
  const found: Found = { errors: [], warnings: [] };
  pack.scenarios.forEach((scenario, index) => {
    const plans = pack.referencePlans[scenario.id] ?? {};
    for (const which of ['strong', 'weak'] as const) {
      const plan = plans[which];
      if (!plan) continue;
      const at = (issue: ValidationIssue) => underPlan(issue, index, which);
      found.errors.push(...checkPlanAgainstScenario(plan, scenario).map(at));
      found.warnings.push(...planWarnings(plan, scenario).map(at));
    }
  });
  return found;
}

/** `validate PACK.json`: exit 0 with a one-line summary (warnings on stderr), or one line per problem (exit 1). */
export function validateCommand(path: string): void {
  const pack = readPackFile(path, false);
  const { errors, warnings } = checkReferencePlans(pack);
  if (errors.length > 0) throw new InputError(issueLines(errors));
  for (const line of warnings) process.stderr.write(`warning: ${issueLines([line])}\n`);
  const count = pack.scenarios.length;
  process.stdout.write(
    `${path}: valid (${pack.id} ${pack.version}, ${count} scenario${count === 1 ? '' : 's'})\n`,
  );
}
