import { z } from 'zod';
import { PACK_LIMITS } from './limits';
import { between, plain, wholeBetween } from './schemaParts';

/*
 * What the world does besides the release, as an instructor writes it: how rates move
 * with the hour, a week-over-week swing, and how clustered the noise is. Every field is
 * optional; defaults (defaults.ts, docs/packs.md) give a plausible shop.
 */

const rhythmInputSchema = z
  .strictObject({
    conversionSwing: between(0, 0.9)
      .optional()
      .describe(
        "Relative amplitude of conversion's daily cycle: 0.15 = ±15 % around the day's mean.",
      ),
    conversionPeakHour: wholeBetween(0, 23)
      .optional()
      .describe('Local hour when visits convert best.'),
    errorSwing: between(0, 0.9)
      .optional()
      .describe(
        "Relative amplitude of the error rate's daily cycle; errors peak with the traffic.",
      ),
    latencyPerLoad: between(0, 2)
      .optional()
      .describe(
        'How median latency rises with load above the daily average: 0.2 = 10 % slower at 1.5 × the average.',
      ),
  })
  .describe('How conversion and error rates move with the local hour.');

const driftInputSchema = z.strictObject({
  metric: z.enum(['conversion', 'error_rate']).describe('The rate that moves.'),
  amount: between(-0.9, 5)
    .refine(
      (amount) => amount !== 0,
      plain('must not be 0: a drift that changes nothing is not a drift'),
    )
    .describe("This week against last week, relative: -0.1 = 10 % lower than last week's."),
  fromMinute: wholeBetween(0, PACK_LIMITS.horizonMinutes)
    .optional()
    .describe('Minute from the start at which the move begins; 0 by default.'),
  rampMinutes: wholeBetween(0, PACK_LIMITS.horizonMinutes)
    .optional()
    .describe('Minutes over which it grows to full; 0 (a step) by default.'),
});

const noiseInputSchema = z
  .strictObject({
    conversionDayToDay: between(0, 0.5)
      .optional()
      .describe(
        "Coefficient of variation of a segment's conversion rate from day to day, beyond chance.",
      ),
  })
  .describe('Clustered noise: day-to-day wander of each segment.');

/** The world model of a scenario. */
export const worldInputSchema = z
  .strictObject({
    rhythm: rhythmInputSchema.optional(),
    drift: z
      .array(driftInputSchema)
      .max(PACK_LIMITS.drifts)
      .optional()
      .describe('Week-over-week swings of the whole world (both versions alike).'),
    noise: noiseInputSchema.optional(),
  })
  .describe('What the world does besides the release: rhythm, drift, clustered noise.');
