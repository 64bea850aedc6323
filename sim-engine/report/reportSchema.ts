import * as z from 'zod';
import { GUARDED_METRICS, INCONCLUSIVE_CHOICES, ROLES } from '../domain/plan';
import type { CanaryReport } from '../domain/report';
import { BANDS, RUBRIC_DIMENSIONS } from '../domain/score';
import { planSchema } from '../plan/planSchema';

/** The `canary-report/1` contract (DESIGN §6) as a strict zod schema, for reading reports back. */

const count = z.number().min(0);
const minute = z.number().min(0);
const text = z.string().max(20_000);
const metric = z.enum(GUARDED_METRICS);
const role = z.enum(ROLES);
const reason = z.enum(['breach', 'inconclusive']);

const evidence = z.strictObject({
  text,
  minute: minute.exactOptional(),
  eventIndex: z.number().multipleOf(1).min(0).exactOptional(),
  cost: count.exactOptional(),
});

const dimension = z.strictObject({
  id: z.enum(RUBRIC_DIMENSIONS),
  title: text,
  points: count,
  max: count,
  verdict: z.enum(['strong', 'partial', 'missing']),
  evidence: z.array(evidence).readonly(),
  strongCounterpart: text,
});

const score = z.strictObject({
  total: z.number().min(0).max(100),
  band: z.enum(BANDS),
  dimensions: z.array(dimension).readonly(),
  penalties: z.array(z.strictObject({ reason: text, points: count })).readonly(),
});

const outcome = z.strictObject({
  regressionPresent: z.boolean(),
  caught: z.boolean().nullable(),
  stageAtDetection: z.number().multipleOf(1).min(0).nullable(),
  percentAtDetection: z.number().nullable(),
  detectionMinute: minute.nullable(),
  detectionMetric: metric.nullable(),
  onsetMinute: minute.nullable(),
  rollbackRequestedMinute: minute.nullable(),
  rollbackCompleteMinute: minute.nullable(),
  rollbackReason: reason.nullable(),
  inconclusiveStage: count.multipleOf(1).nullable(),
  exposedUsers: count,
  exposedRequests: count,
  excessErrors: count,
  lostConversions: count,
  lostRevenue: count,
  falseRollback: z.boolean(),
  reachedFullRollout: z.boolean(),
  minutesToFullRollout: minute.nullable(),
  overridesUsed: count,
  endMinute: minute,
});

const stage = z.number().multipleOf(1).min(0);
const at = { minute };
const event = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('stage-entered'), ...at, stage, percent: z.number() }),
  z.strictObject({ type: z.literal('regression-onset'), ...at, regressionId: text }),
  z.strictObject({
    type: z.literal('threshold-amber'),
    ...at,
    stage,
    thresholdIndex: stage,
    estimate: z.number(),
  }),
  z.strictObject({
    type: z.literal('breach'),
    ...at,
    stage,
    thresholdIndex: stage,
    metric,
    estimate: z.number(),
    limit: z.number(),
    windowStart: minute.exactOptional(),
  }),
  z.strictObject({ type: z.literal('hold-complete'), ...at, stage }),
  z.strictObject({
    type: z.literal('stage-inconclusive'),
    ...at,
    stage,
    next: z.enum(INCONCLUSIVE_CHOICES),
  }),
  z.strictObject({ type: z.literal('sign-off-waiting'), ...at, stage, role, availableAt: minute }),
  z.strictObject({ type: z.literal('sign-off-given'), ...at, stage, role: role.nullable() }),
  z.strictObject({ type: z.literal('rollback-requested'), ...at, reason }),
  z.strictObject({ type: z.literal('rollback-waiting'), ...at, availableAt: minute }),
  z.strictObject({ type: z.literal('rollback-authorized'), ...at, role }),
  z.strictObject({ type: z.literal('rollback-complete'), ...at }),
  z.strictObject({ type: z.literal('full-rollout'), ...at }),
  z.strictObject({ type: z.literal('override'), ...at, thresholdIndex: stage, limit: z.number() }),
  z.strictObject({ type: z.literal('horizon-reached'), ...at }),
]);

const NARRATIVE_KINDS = [
  'onset',
  'signal',
  'breach',
  'waiting',
  'rollback',
  'stage',
  'full-rollout',
  'missed',
  'exposure',
  'note',
] as const;

const narrativeStep = z.strictObject({ minute, clock: text, kind: z.enum(NARRATIVE_KINDS), text });

const counterfactual = z.strictObject({
  label: z.enum(['yours', 'strong', 'weak', 'edited']),
  plan: planSchema,
  outcome,
});

const mock = z.strictObject({
  limitMinutes: count,
  usedSeconds: count,
  probes: z.array(z.strictObject({ atSecond: count, text })).readonly(),
  answer: text,
});

/** The whole report: strict, so a typo in a hand-edited file is named rather than ignored. */
export const reportSchema = z.strictObject({
  format: z.literal('canary-report/1'),
  scenarioId: text,
  scenarioTitle: text,
  packId: text,
  seed: z.number(),
  engineVersion: text,
  mode: z.enum(['practice', 'mock', 'cli']),
  plan: planSchema,
  score,
  outcome,
  events: z.array(event).max(100_000).readonly(),
  narrative: z.array(narrativeStep).readonly(),
  counterfactuals: z.array(counterfactual).readonly(),
  hintsUsed: count,
  mock: mock.exactOptional(),
  createdAt: text.exactOptional(),
  learner: text.exactOptional(),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Compile-time proof, checked by tsc: the schema's output and `CanaryReport` are mutually assignable. */
export const reportSchemaMatchesReport: Same<z.output<typeof reportSchema>, CanaryReport> = true;
