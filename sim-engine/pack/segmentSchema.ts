import { z } from 'zod';
import { SEGMENT_KINDS } from '../domain/plan';
import { PACK_LIMITS } from './limits';
import {
  between,
  idSchema,
  plain,
  positive,
  rateSchema,
  shareSchema,
  textSchema,
  wholeBetween,
} from './schemaParts';

/** Latency of a segment's requests, every field optional (defaults in defaults.ts). */
export const latencyInputSchema = z
  .strictObject({
    medianMs: positive(PACK_LIMITS.latencyMs)
      .optional()
      .describe('Median response time in milliseconds.'),
    logSpread: positive(3)
      .optional()
      .describe('Spread of log-latency: 0.3 is tight, 0.8 a long tail.'),
  })
  .describe('Latency distribution of requests.');

/** Baseline metrics on the current version; each field falls back to the level above. */
export const baselineInputSchema = z
  .strictObject({
    errorRate: rateSchema().optional().describe('Share of requests that fail, 0–1.'),
    conversionRate: rateSchema()
      .optional()
      .describe('Share of visits that end in a purchase, 0–1.'),
    latency: latencyInputSchema.optional(),
    hallucinationRate: rateSchema()
      .optional()
      .describe('Model changes: share of graded responses marked hallucinated, 0–1.'),
    thumbsDownRate: rateSchema()
      .optional()
      .describe('Model changes: share of feedback that is a thumbs-down or correction, 0–1.'),
    tokensPerQuery: positive(PACK_LIMITS.tokensPerQuery)
      .optional()
      .describe('Model changes: mean tokens used per query.'),
  })
  .describe('Metrics on the current version before any change.');

/** One group of users, as an instructor writes it. */
export const segmentInputSchema = z.strictObject({
  id: idSchema().describe('Unique within the scenario; plans may name it in their cohort order.'),
  name: textSchema(PACK_LIMITS.nameLength).optional().describe('Display name; defaults to the id.'),
  kind: z.enum(SEGMENT_KINDS).describe('What kind of users these are.'),
  share: shareSchema('leave out a segment that gets no traffic').describe(
    'Share of all traffic, 0–1; shares in a scenario add up to 1.',
  ),
  users: wholeBetween(1, PACK_LIMITS.users)
    .optional()
    .describe('Distinct users; defaults to share × the scenario users.'),
  valuePerConversion: between(0, PACK_LIMITS.valuePerConversion)
    .optional()
    .describe('Revenue per conversion; defaults to the scenario value.'),
  feedbackRate: rateSchema()
    .optional()
    .describe('Share of responses users leave feedback on; defaults by kind.'),
  tolerance: rateSchema()
    .optional()
    .describe('How much instability the users accept, 0–1; defaults by kind.'),
  requestsPerVisit: between(1, PACK_LIMITS.requestsPerVisit)
    .optional()
    .describe('Requests a visit makes on average; defaults to the scenario traffic figure.'),
  clockOffsetHours: between(-12, 14)
    .refine((hours) => Number.isInteger(hours * 4), plain('must be whole quarter hours, like 5.5'))
    .optional()
    .describe("Hours the segment's own clock is ahead of the scenario's; 0 by default."),
  baseline: baselineInputSchema.optional(),
});

/** Traffic volume and its daily and weekly rhythm. */
export const trafficInputSchema = z
  .strictObject({
    requestsPerMinute: positive(PACK_LIMITS.requestsPerMinute)
      .optional()
      .describe('Requests per minute across all segments, at the daily average.'),
    dailySwing: between(0, 0.9)
      .optional()
      .describe('Daily cycle amplitude: 0 is flat, 0.9 very quiet nights.'),
    peakHour: wholeBetween(0, 23).optional().describe('Local hour of peak traffic.'),
    weekendFactor: between(0, 5)
      .optional()
      .describe('Traffic multiplier on Saturdays and Sundays.'),
    requestsPerVisit: between(1, PACK_LIMITS.requestsPerVisit)
      .optional()
      .describe('Requests a visit makes on average (users → visits → requests).'),
  })
  .describe('Traffic volume and rhythm.');

/** How long after a visit its purchase is made: two log-normals, within the visit and on a return. */
const purchaseDelayInputSchema = z.strictObject({
  sameVisitShare: rateSchema()
    .optional()
    .describe('Share of purchases made during the visit itself; the rest come back later.'),
  sameVisitMedianMinutes: between(0, 240)
    .optional()
    .describe('Median minutes from a visit to a purchase made during it.'),
  returnMedianMinutes: between(0, 1440)
    .optional()
    .describe('Median minutes from a visit to a purchase made on a later return.'),
  logSpread: between(0, 3)
    .optional()
    .describe('Standard deviation of log-delay of both parts; 0 makes each a fixed delay.'),
});

/** How quickly the dashboards can see business and quality signals. */
export const monitoringInputSchema = z
  .strictObject({
    conversionDelayMinutes: wholeBetween(0, 10_080)
      .optional()
      .describe('Minutes a purchase takes to show up on the dashboard after it is made.'),
    purchaseDelay: purchaseDelayInputSchema
      .optional()
      .describe(
        'Minutes from a visit to its purchase: a share made during the visit, the rest on a later return.',
      ),
    evalSampleRate: rateSchema()
      .optional()
      .describe('Model changes: share of responses the eval harness grades.'),
  })
  .describe('Monitoring delays and sampling.');

/** How long each rollback mechanism takes once a rollback is authorised. */
export const rollbackTimesInputSchema = z
  .strictObject({
    routing: wholeBetween(1, PACK_LIMITS.rollbackMinutes)
      .optional()
      .describe('Minutes to roll back by a routing or config change.'),
    flag: wholeBetween(1, PACK_LIMITS.rollbackMinutes)
      .optional()
      .describe('Minutes to roll back by flipping a feature flag.'),
    redeploy: wholeBetween(1, PACK_LIMITS.rollbackMinutes)
      .optional()
      .describe('Minutes to roll back by redeploying the old code.'),
    flagEvaluationSound: z
      .boolean()
      .optional()
      .describe('When false, a flag flip leaves some users on the new version longer.'),
  })
  .describe('Rollback durations by mechanism.');
