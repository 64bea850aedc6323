import { z } from 'zod';
import { GUARDED_METRICS } from '../domain/plan';
import { CHANGE_KINDS, DIFFICULTIES, PROBE_TRIGGERS } from '../domain/scenario';
import { planSchema } from '../plan/planSchema';
import { checkScenario } from './crossChecks';
import { PACK_LIMITS, RUBRIC_DIMENSIONS } from './limits';
import { regressionInputSchema } from './regressionSchema';
import { worldInputSchema } from './worldSchema';
import { between, idSchema, plain, textSchema, wholeBetween } from './schemaParts';
import {
  baselineInputSchema,
  monitoringInputSchema,
  rollbackTimesInputSchema,
  segmentInputSchema,
  trafficInputSchema,
} from './segmentSchema';

const START_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** True for a real calendar date and time of day, without reaching for Date. */
function isCalendarDateTime(text: string): boolean {
  const match = START_PATTERN.exec(text);
  if (!match) return true; // the pattern check reports this one
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0] = match.slice(1).map(Number);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days && hour <= 23 && minute <= 59;
}

const startSchema = z
  .string()
  .regex(START_PATTERN, plain('must be a local date and time like "2026-03-03T10:00"'))
  .refine(isCalendarDateTime, plain('is not a real date and time'));

/** Relative weights of rubric dimensions; 0 leaves a dimension out of the score. */
export const rubricWeightsInputSchema = z
  .strictObject(
    Object.fromEntries(
      RUBRIC_DIMENSIONS.map((dimension) => [
        dimension,
        between(0, PACK_LIMITS.rubricWeight).optional(),
      ]),
    ),
  )
  .describe('Rubric weight overrides by dimension id.');

const probeInputSchema = z.strictObject({
  id: idSchema().optional().describe('Defaults to "probe-1", "probe-2", …'),
  text: textSchema(PACK_LIMITS.textLength).describe('What the interviewer asks.'),
  atMinute: wholeBetween(0, PACK_LIMITS.mockMinutes)
    .optional()
    .describe('Asked at this minute of the mock interview.'),
  whenMissing: z
    .enum(PROBE_TRIGGERS)
    .optional()
    .describe('Asked when the plan still lacks this part.'),
});

const referencePlansSchema = z
  .strictObject({
    strong: planSchema.optional().describe('A plan that should pass this scenario.'),
    weak: planSchema.optional().describe('A plan that should fail this scenario.'),
  })
  .describe('Plans the calibration and the debrief compare against.');

const briefSchema = z.strictObject({
  product: textSchema(PACK_LIMITS.textLength).describe('The product and who uses it.'),
  change: textSchema(PACK_LIMITS.textLength).describe('What is being shipped.'),
  context: textSchema(PACK_LIMITS.textLength)
    .optional()
    .describe('Business context: deadlines, risks, stakes.'),
  calendar: textSchema(PACK_LIMITS.textLength)
    .optional()
    .describe('What the business calendar holds this week and last: a sale, a holiday.'),
});

/** The fields of one scenario as written; `scenarioInputSchema` adds the cross-field checks. */
export const scenarioShape = z.strictObject({
  id: idSchema().describe('Unique within the pack.'),
  title: textSchema(PACK_LIMITS.nameLength),
  changeKind: z.enum(CHANGE_KINDS),
  difficulty: z.enum(DIFFICULTIES).optional().describe('Defaults to "standard".'),
  brief: briefSchema,
  start: startSchema
    .optional()
    .describe('Local start, YYYY-MM-DDTHH:mm; a Tuesday 10:00 by default.'),
  timeZone: textSchema(PACK_LIMITS.shortTextLength).optional().describe('Label shown with times.'),
  horizonMinutes: wholeBetween(60, PACK_LIMITS.horizonMinutes)
    .optional()
    .describe('The simulation stops after this many minutes; 10080 (7 days) by default.'),
  traffic: trafficInputSchema.optional(),
  world: worldInputSchema.optional(),
  users: wholeBetween(1, PACK_LIMITS.users)
    .optional()
    .describe('Distinct users over the scenario, spread over segments by share.'),
  valuePerConversion: between(0, PACK_LIMITS.valuePerConversion)
    .optional()
    .describe('Revenue per conversion for segments that do not set their own.'),
  baseline: baselineInputSchema.optional(),
  segments: z
    .array(segmentInputSchema)
    .max(PACK_LIMITS.segments)
    .min(1, plain('must list at least one segment')),
  regressions: z
    .array(regressionInputSchema)
    .max(PACK_LIMITS.regressions)
    .optional()
    .describe('Hidden regressions; absent or empty for a healthy release.'),
  monitoring: monitoringInputSchema.optional(),
  rollbackTimes: rollbackTimesInputSchema.optional(),
  observableMetrics: z
    .array(z.enum(GUARDED_METRICS))
    .max(GUARDED_METRICS.length)
    .min(1, plain('must list at least one metric'))
    .optional()
    .describe('Metrics the dashboards show; derived from changeKind by default.'),
  probes: z
    .array(probeInputSchema)
    .max(PACK_LIMITS.probes)
    .optional()
    .describe('Mock interview questions; a standard set by default, [] for none.'),
  debriefNotes: z
    .array(textSchema(PACK_LIMITS.textLength))
    .max(PACK_LIMITS.debriefNotes)
    .optional()
    .describe('Points the debrief makes after the run.'),
  mockMinutes: wholeBetween(1, PACK_LIMITS.mockMinutes)
    .optional()
    .describe('Length of a mock interview; 10 by default.'),
  rubricWeights: rubricWeightsInputSchema.optional(),
  referencePlans: referencePlansSchema.optional(),
});

/** One scenario as written in a pack. */
export type ScenarioInput = z.output<typeof scenarioShape>;
/** A segment as written in a pack. */
export type SegmentInput = ScenarioInput['segments'][number];
/** Baseline metrics as written at scenario or segment level. */
export type BaselineInput = NonNullable<ScenarioInput['baseline']>;

/** One scenario of a pack, with the checks that span several of its fields. */
export const scenarioInputSchema = scenarioShape.superRefine((scenario, ctx) => {
  checkScenario(scenario, (path, message) => ctx.addIssue({ code: 'custom', path, message }));
});
