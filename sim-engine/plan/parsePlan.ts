import { SEGMENT_KINDS } from '../domain/plan';
import type { Plan } from '../domain/plan';
import type { Scenario, Segment } from '../domain/scenario';
import { parseWithSchema } from '../validation/fromZod';
import type { Parsed, ValidationIssue } from '../validation/issues';
import { jsonPath } from '../validation/issues';
import { checkPlainData, DEFAULT_INPUT_LIMITS, parseJsonText } from '../validation/safeJson';
import type { InputLimits } from '../validation/safeJson';
import { planSchema } from './planSchema';

/**
 * Limits for plan files: a real plan is about 1 KB and 4 levels deep, so anything far beyond
 * is a wrong or hostile file, refused before the schema looks at it.
 */
export const PLAN_INPUT_LIMITS: InputLimits = {
  ...DEFAULT_INPUT_LIMITS,
  maxBytes: 256 * 1024,
  maxDepth: 16,
  maxEntries: 1_000,
  maxValues: 20_000,
};

const PLAN_FORMAT = 'canary-plan/1';

/**
 * A file of another Canary Coach format (a pack, a report, a newer plan) would otherwise
 * bury the one useful line under dozens of "is not a known field".
 */
function otherFormat(input: unknown): ValidationIssue | undefined {
  if (typeof input !== 'object' || input === null || !Object.hasOwn(input, 'format')) {
    return undefined;
  }
  const format: unknown = (input as { format?: unknown }).format;
  if (
    typeof format !== 'string' ||
    format === PLAN_FORMAT ||
    !/^canary-[a-z]+\/\d+$/.test(format)
  ) {
    return undefined;
  }
  return {
    path: '$.format',
    message: `must be "${PLAN_FORMAT}": this file is "${format}", not a release plan`,
  };
}

/** Validates a plan that is already a value (IPC, structured clone, tests); never throws. */
export function parsePlan(input: unknown): Parsed<Plan> {
  return validate(input, false);
}

/** Parses and validates the text of a `canary-plan/1` file; never throws. */
export function parsePlanText(text: string): Parsed<Plan> {
  const json = parseJsonText(text, PLAN_INPUT_LIMITS);
  return json.ok ? validate(json.value, true) : json;
}

function validate(input: unknown, fresh: boolean): Parsed<Plan> {
  try {
    const structural = checkPlainData(input, PLAN_INPUT_LIMITS);
    if (structural.length > 0) return { ok: false, issues: structural };
    const wrongFormat = otherFormat(input);
    if (wrongFormat) return { ok: false, issues: [wrongFormat] };
    // zod's `.readonly()` freezes the value it was given when that value fails its type check,
    // so the caller's own object is validated through a copy (plain data copies exactly).
    const own: unknown = fresh ? input : JSON.parse(JSON.stringify(input));
    return parseWithSchema(planSchema, own);
  } catch {
    // Plain data cannot get here; a proxy or exotic object from a careless caller might.
    return { ok: false, issues: [{ path: '$', message: 'could not be read as a plan' }] };
  }
}

/**
 * Checks a valid plan against the scenario it will run on: each cohort names a segment kind
 * present in the scenario or one of its segment ids, no segment is listed twice (once by id,
 * once by kind), and every threshold's metric is one the scenario can observe.
 */
export function checkPlanAgainstScenario(
  plan: Plan,
  scenario: Pick<Scenario, 'segments' | 'observableMetrics'>,
): readonly ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (plan.cohorts !== 'random') issues.push(...checkCohorts(plan.cohorts, scenario.segments));
  plan.thresholds.forEach((threshold, i) => {
    if (!scenario.observableMetrics.includes(threshold.metric)) {
      issues.push({
        path: jsonPath(['thresholds', i, 'metric']),
        message:
          `${threshold.metric} cannot be observed in this scenario ` +
          `(it shows: ${scenario.observableMetrics.join(', ')})`,
      });
    }
  });
  return issues;
}

function checkCohorts(cohorts: readonly string[], segments: readonly Segment[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  // Which entry first exposed each segment, to point at it when a later entry repeats it.
  const firstListedBy = new Map<string, number>();
  cohorts.forEach((entry, i) => {
    const path = jsonPath(['cohorts', i]);
    // An entry that is both a segment id and a kind means the one segment: ids are specific.
    const byId = segments.filter((segment) => segment.id === entry);
    const covered = byId.length > 0 ? byId : segments.filter((segment) => segment.kind === entry);
    // A kind the scenario lacks is only a warning (planWarnings): plans travel between scenarios.
    if (covered.length === 0) {
      if (!isKind(entry)) issues.push({ path, message: unknownCohort(entry) });
      return;
    }
    const repeats: { readonly id: string; readonly earlier: number }[] = [];
    for (const segment of covered) {
      const earlier = firstListedBy.get(segment.id);
      if (earlier === undefined) firstListedBy.set(segment.id, i);
      else repeats.push({ id: segment.id, earlier });
    }
    const [repeat] = repeats;
    if (repeat === undefined) return;
    const message =
      byId.length > 0
        ? `"${entry}" is already included in "${cohorts[repeat.earlier] ?? ''}" at [${repeat.earlier}]`
        : `"${entry}" includes ${repeats.map((r) => `"${r.id}", already listed at [${r.earlier}]`).join('; ')}`;
    issues.push({ path, message });
  });
  return issues;
}

function isKind(entry: string): boolean {
  return (SEGMENT_KINDS as readonly string[]).includes(entry);
}

/**
 * What is worth telling but not refusing: segment kinds the plan names that this scenario has
 * no segment of (plans are written in kinds so they travel; the entry is simply skipped).
 */
export function planWarnings(
  plan: Plan,
  scenario: Pick<Scenario, 'segments'>,
): readonly ValidationIssue[] {
  if (plan.cohorts === 'random') return [];
  return plan.cohorts.flatMap((entry, i) =>
    isKind(entry) &&
    !scenario.segments.some((segment) => segment.id === entry || segment.kind === entry)
      ? [{ path: jsonPath(['cohorts', i]), message: unknownCohort(entry) }]
      : [],
  );
}

function unknownCohort(entry: string): string {
  return (SEGMENT_KINDS as readonly string[]).includes(entry)
    ? `"${entry}" is a segment kind, but this scenario has no ${entry} segment: it is skipped`
    : `"${entry}" is neither a segment kind nor a segment id in this scenario`;
}
