import * as z from 'zod';
import {
  COMPARISONS,
  COVERAGES,
  GUARDED_METRICS,
  INCONCLUSIVE_CHOICES,
  ROLES,
  ROLLBACK_MECHANISMS,
  THRESHOLD_UNITS,
} from '../domain/plan';
import type { GuardedMetric, Plan, ThresholdUnit } from '../domain/plan';
import { expecting, messages } from '../validation/fromZod';

/**
 * The `canary-plan/1` contract (DESIGN §6) as a strict zod schema. Messages for types and
 * ranges come from `plainErrorMap`; the rules between fields are written here.
 */

/**
 * Upper bounds the contract leaves open, chosen generously: each is far past any sensible
 * plan, and exists so a hostile or mistyped file cannot make the engine plan for years.
 */
export const PLAN_BOUNDS = {
  maxStages: 20,
  maxThresholds: 20,
  maxCohorts: 50,
  maxCohortLength: 100,
  /** 30 days, for every hold duration. */
  maxHoldMinutes: 30 * 24 * 60,
  /** Per unit: 100 percentage points is the whole scale; 1000 % is ten times the baseline. */
  maxLimit: { pp: 100, pct: 1000, ms: 60_000 },
  minConfidence: 0.5,
} as const;

/** The units each metric may be measured in (ms only for latencies). */
export const UNITS_BY_METRIC: Readonly<Record<GuardedMetric, readonly ThresholdUnit[]>> = {
  error_rate: ['pp', 'pct'],
  conversion: ['pp', 'pct'],
  hallucination_rate: ['pp', 'pct'],
  thumbs_down_rate: ['pp', 'pct'],
  latency_p99: ['ms', 'pct'],
  latency_p95: ['ms', 'pct'],
  token_cost: ['pct'],
};

const UNIT_NAMES: Readonly<Record<ThresholdUnit, string>> = {
  pp: 'percentage points',
  pct: '%',
  ms: 'ms',
};

// Cross-field rules must run even when a sibling field is malformed, so every issue is
// reported at once; they therefore read their input defensively instead of trusting types.
const always = { when: () => true };

type Ctx = z.core.$RefinementCtx<unknown>;

function refuse(ctx: Ctx, path: readonly PropertyKey[], message: string): void {
  ctx.addIssue({ code: 'custom', message, path: [...path] });
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function has(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key);
}

/** Flags the second and later copies of each string in a list that must not repeat. */
function noRepeats(list: unknown, ctx: Ctx): void {
  if (!Array.isArray(list)) return;
  const first = new Map<string, number>();
  list.forEach((entry: unknown, index) => {
    if (typeof entry !== 'string') return;
    const earlier = first.get(entry);
    if (earlier === undefined) first.set(entry, index);
    else refuse(ctx, [index], messages.listedTwice(entry, earlier));
  });
}

// Not `.int()`: its failure is an explicit abort that silences the ramp checks above it.
const minutes = z.number().multipleOf(1).gt(0).max(PLAN_BOUNDS.maxHoldMinutes);

const timeHold = z.strictObject({ type: z.literal('time'), minutes });

const metricHold = z
  .strictObject({
    type: z.literal('metric'),
    stableMinutes: minutes,
    maxMinutes: minutes,
    onInconclusive: z.enum(INCONCLUSIVE_CHOICES).exactOptional(),
  })
  .superRefine((hold: unknown, ctx) => {
    const stable = field(hold, 'stableMinutes');
    const max = field(hold, 'maxMinutes');
    if (typeof stable === 'number' && typeof max === 'number' && max < stable) {
      refuse(ctx, ['maxMinutes'], `must be at least stableMinutes (${stable})`);
    }
  }, always);

const hold = z.discriminatedUnion('type', [timeHold, metricHold]);

const stage = z.strictObject({
  percent: z.number().gt(0).max(100),
  hold: hold.exactOptional(),
  signOff: z.enum(ROLES).exactOptional(),
});

function inRange(percent: unknown): percent is number {
  return typeof percent === 'number' && percent > 0 && percent <= 100;
}

/** Ramp rules: strictly increasing, ending at 100, a hold before every gate and none after. */
function checkRamp(stages: unknown, ctx: Ctx): void {
  if (!Array.isArray(stages) || stages.length === 0) return;
  const last = stages.length - 1;
  stages.forEach((current: unknown, i) => {
    const percent = field(current, 'percent');
    const previous = i > 0 ? field(stages[i - 1], 'percent') : undefined;
    // Only compare percents that are themselves valid, or one typo would cascade.
    if (inRange(percent) && inRange(previous) && percent <= previous) {
      refuse(ctx, [i, 'percent'], `must be larger than the previous stage's ${previous}`);
    }
    if (typeof current !== 'object' || current === null) return;
    if (i < last && !has(current, 'hold')) {
      refuse(ctx, [i, 'hold'], `${messages.missing}; every stage before the last needs one`);
    }
    if (i === last && has(current, 'hold')) {
      refuse(ctx, [i, 'hold'], 'is not allowed on the last stage: the rollout is complete there');
    }
    if (i === last && has(current, 'signOff')) {
      refuse(ctx, [i, 'signOff'], 'is not allowed on the last stage: no gate follows it');
    }
  });
  const final = field(stages[last], 'percent');
  if (inRange(final) && final !== 100) {
    refuse(ctx, [last, 'percent'], 'must be 100: the last stage puts everyone on the new version');
  }
}

const threshold = z
  .strictObject({
    metric: z.enum(GUARDED_METRICS),
    limit: z.number().min(0),
    unit: z.enum(THRESHOLD_UNITS),
    compare: z.enum(COMPARISONS),
  })
  .superRefine((value: unknown, ctx) => {
    const metric = field(value, 'metric');
    const unit = field(value, 'unit');
    const limit = field(value, 'limit');
    if (!isMetric(metric) || !isUnit(unit)) return;
    const allowed = UNITS_BY_METRIC[metric];
    if (!allowed.includes(unit)) {
      refuse(ctx, ['unit'], `must be ${allowed.join(' or ')} for ${metric}`);
      return;
    }
    const max = PLAN_BOUNDS.maxLimit[unit];
    if (typeof limit === 'number' && limit > max) {
      refuse(ctx, ['limit'], `must be at most ${max} ${UNIT_NAMES[unit]}`);
    }
  }, always);

function isMetric(value: unknown): value is GuardedMetric {
  return (GUARDED_METRICS as readonly unknown[]).includes(value);
}

function isUnit(value: unknown): value is ThresholdUnit {
  return (THRESHOLD_UNITS as readonly unknown[]).includes(value);
}

/** Two thresholds on the same metric against the same baseline would contradict each other. */
function noDuplicateThresholds(thresholds: unknown, ctx: Ctx): void {
  if (!Array.isArray(thresholds)) return;
  const first = new Map<string, number>();
  thresholds.forEach((value: unknown, index) => {
    const metric = field(value, 'metric');
    const compare = field(value, 'compare');
    if (typeof metric !== 'string' || typeof compare !== 'string') return;
    const key = `${metric} ${compare}`;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else {
      const what = `the ${metric} threshold against ${compare}`;
      refuse(ctx, [index], `repeats ${what} (first at [${earlier}])`);
    }
  });
}

const cohortList = z
  .array(z.string().min(1).max(PLAN_BOUNDS.maxCohortLength))
  .min(1)
  .max(PLAN_BOUNDS.maxCohorts)
  .superRefine(noRepeats, always)
  .readonly();

const significanceShape = expecting('null or an object like {"confidence": 0.95}');

/** `null` is a real choice (act on point estimates), so a missing value says how to make it. */
const significanceError: z.core.$ZodErrorMap = (issue) =>
  issue.input === undefined && issue.code === 'invalid_type'
    ? `${messages.missing}; write null to act on point estimates`
    : significanceShape(issue);

/** The `canary-plan/1` schema: strict everywhere, producing exactly the domain `Plan`. */
export const planSchema = z.strictObject({
  format: z.literal('canary-plan/1'),
  cohorts: z.union([z.literal('random'), cohortList], {
    error: expecting('"random" or a list of segment kinds or ids'),
  }),
  stages: z
    .array(stage)
    .min(1)
    .max(PLAN_BOUNDS.maxStages)
    .superRefine(checkRamp, always)
    .readonly(),
  thresholds: z
    .array(threshold)
    .max(PLAN_BOUNDS.maxThresholds)
    .superRefine(noDuplicateThresholds, always)
    .readonly(),
  significance: z
    .strictObject(
      { confidence: z.number().min(PLAN_BOUNDS.minConfidence).lt(1) },
      { error: significanceError },
    )
    .nullable(),
  rollback: z.strictObject({
    authorizers: z.array(z.enum(ROLES)).min(1).superRefine(noRepeats, always).readonly(),
    coverage: z.enum(COVERAGES),
    mechanism: z.enum(ROLLBACK_MECHANISMS),
  }),
  followUp: z.strictObject({ abTest: z.boolean() }),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Compile-time proof, checked by tsc: the schema's output and `Plan` are mutually assignable. */
export const planSchemaMatchesPlan: Same<z.output<typeof planSchema>, Plan> = true;
