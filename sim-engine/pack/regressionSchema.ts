import { z } from 'zod';
import { PACK_LIMITS } from './limits';
import {
  between,
  idSchema,
  plain,
  positive,
  shareSchema,
  textSchema,
  wholeBetween,
} from './schemaParts';

/*
 * A regression is what the new version does wrong, hidden from the learner until the
 * replay. Effects say which metric moves and by how much; the onset says when.
 */

const NO_EFFECT = plain('must not be 0: an effect that changes nothing is not a regression');

/** A change to a rate; absolute adds to it, relative multiplies it by (1 + amount). */
function rateAmount(change: 'absolute' | 'relative') {
  const base = change === 'absolute' ? between(-1, 1) : between(-1, 10);
  return base.refine((amount) => amount !== 0, NO_EFFECT);
}

const RATE_METRICS = [
  'error_rate',
  'conversion',
  'hallucination_rate',
  'thumbs_down_rate',
] as const;

const rateEffectSchema = z.discriminatedUnion('change', [
  z.strictObject({
    metric: z.enum(RATE_METRICS),
    change: z.literal('absolute'),
    amount: rateAmount('absolute').describe('Added to the rate: 0.01 = +1 percentage point.'),
  }),
  z.strictObject({
    metric: z.enum(RATE_METRICS),
    change: z.literal('relative'),
    amount: rateAmount('relative').describe('Rate × (1 + amount): -0.05 = 5 % lower.'),
  }),
]);

const tokenCostEffectSchema = z.strictObject({
  metric: z.literal('token_cost'),
  change: z.literal('relative'),
  amount: rateAmount('relative').describe('0.3 = 30 % more tokens per query.'),
});

const latencyScaleSchema = z.strictObject({
  metric: z.literal('latency'),
  change: z.literal('scale'),
  amount: positive(20)
    .refine((factor) => factor !== 1, plain('must not be 1: a scale of 1 leaves latency unchanged'))
    .describe('Multiplies every response time: 1.3 = 30 % slower.'),
});

const latencyTailSchema = z.strictObject({
  metric: z.literal('latency'),
  change: z.literal('tail'),
  share: shareSchema('a tail that slows no requests is not a regression').describe(
    'Share of requests slowed down, 0–1.',
  ),
  addMs: positive(PACK_LIMITS.latencyMs).describe('Milliseconds added to each slowed request.'),
});

/** What a regression does to one metric of the new version. */
export const effectInputSchema = z.discriminatedUnion('metric', [
  rateEffectSchema,
  tokenCostEffectSchema,
  z.discriminatedUnion('change', [latencyScaleSchema, latencyTailSchema]),
]);

const immediateSchema = z.strictObject({ type: z.literal('immediate') });

const delayedSchema = z.strictObject({
  type: z.literal('delayed'),
  afterMinutes: wholeBetween(1, PACK_LIMITS.horizonMinutes).describe(
    'Minutes after the new version starts serving before the effect appears.',
  ),
});

const growingSchema = z.strictObject({
  type: z.literal('growing'),
  fullAfterMinutes: wholeBetween(1, PACK_LIMITS.horizonMinutes).describe(
    'Minutes of uptime over which the effect grows from nothing to full.',
  ),
});

const aboveShareSchema = z.strictObject({
  type: z.literal('above-share'),
  share: shareSchema('use "immediate" for an effect present at any load').describe(
    'Present only while the new version carries at least this share of traffic.',
  ),
});

const intermittentSchema = z
  .strictObject({
    type: z.literal('intermittent'),
    everyMinutes: wholeBetween(2, PACK_LIMITS.horizonMinutes).describe(
      'The effect comes back every this many minutes.',
    ),
    forMinutes: wholeBetween(1, PACK_LIMITS.horizonMinutes).describe(
      'Each episode lasts this many minutes.',
    ),
  })
  .superRefine((onset, ctx) => {
    if (onset.forMinutes >= onset.everyMinutes)
      ctx.addIssue({
        code: 'custom',
        path: ['forMinutes'],
        message: `must be shorter than everyMinutes (${onset.everyMinutes}); otherwise the effect never pauses`,
      });
  });

const CLOCK_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A local time of day, "HH:mm" on a 24-hour clock. */
export function clockTimeSchema() {
  return z
    .string()
    .regex(CLOCK_PATTERN, plain('must be a time of day like "11:30" (24-hour clock)'));
}

/** Minutes after midnight of a validated "HH:mm". */
export function minuteOfDay(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

const clockHoursSchema = z
  .strictObject({
    type: z.literal('clock-hours'),
    from: clockTimeSchema().describe(
      "Local time the effect starts each day, on each segment's own clock.",
    ),
    to: clockTimeSchema().describe('Local time it stops; earlier than from means past midnight.'),
  })
  .superRefine((onset, ctx) => {
    if (CLOCK_PATTERN.test(onset.from) && onset.from === onset.to)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `must differ from from (${onset.from}); use "immediate" for an effect present all day`,
      });
  });

/** When a regression shows up. */
export const onsetInputSchema = z.discriminatedUnion('type', [
  immediateSchema,
  delayedSchema,
  growingSchema,
  aboveShareSchema,
  intermittentSchema,
  clockHoursSchema,
]);

/** One hidden regression of the new version. */
export const regressionInputSchema = z.strictObject({
  id: idSchema().optional().describe('Defaults to "regression-1", "regression-2", …'),
  effects: z.array(effectInputSchema).max(PACK_LIMITS.effectsPerRegression).min(1, {
    error: 'must list at least one effect',
  }),
  segments: z
    .array(idSchema())
    .max(PACK_LIMITS.segments)
    .optional()
    .describe('Segment ids affected; absent or empty means every segment.'),
  onset: onsetInputSchema.optional().describe('Defaults to immediate.'),
  cause: textSchema(PACK_LIMITS.textLength).describe('Plain-language cause, told in the debrief.'),
});
