import { z } from 'zod';
import { PACK_FORMAT, PACK_LIMITS } from './limits';
import { rubricWeightsInputSchema, scenarioInputSchema } from './scenarioSchema';
import { idSchema, plain, textSchema } from './schemaParts';

/** Semantic versioning: MAJOR.MINOR.PATCH, with an optional pre-release or build tag. */
const VERSION_PATTERN =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

/** The `canary-pack/1` file: pack metadata and its scenarios, before defaults are filled. */
export const packSchema = z
  .strictObject({
    // Lets an editor find the JSON Schema for completion; the loader ignores it.
    $schema: z.string().max(PACK_LIMITS.shortTextLength).optional(),
    format: z.literal(PACK_FORMAT),
    id: idSchema().describe('Identifies the pack in reports and the scenario list.'),
    title: textSchema(PACK_LIMITS.nameLength),
    author: textSchema(PACK_LIMITS.shortTextLength).describe('Who wrote the pack.'),
    version: z
      .string()
      .max(PACK_LIMITS.idLength)
      .regex(VERSION_PATTERN, plain('must be a version like "1.0.0"'))
      .describe('Version of this pack, like "1.2.0"; raise it when scenarios change.'),
    description: textSchema(PACK_LIMITS.descriptionLength)
      .optional()
      .describe('What the pack teaches and for whom.'),
    licence: textSchema(PACK_LIMITS.shortTextLength)
      .optional()
      .describe('Terms for sharing the pack, like "CC-BY-4.0".'),
    rubricWeights: rubricWeightsInputSchema
      .optional()
      .describe('Rubric weight overrides for every scenario of the pack.'),
    scenarios: z
      .array(scenarioInputSchema)
      .max(PACK_LIMITS.scenarios)
      .min(1, plain('must list at least one scenario')),
  })
  .superRefine((pack, ctx) => {
    const firstIndex = new Map<string, number>();
    pack.scenarios.forEach((scenario, index) => {
      const earlier = firstIndex.get(scenario.id);
      if (earlier === undefined) firstIndex.set(scenario.id, index);
      else
        ctx.addIssue({
          code: 'custom',
          path: ['scenarios', index, 'id'],
          message: `"${scenario.id}" is already the id of scenarios[${earlier}]; scenario ids must be unique`,
        });
    });
  })
  .meta({
    title: 'Canary Coach scenario pack (canary-pack/1)',
    description:
      'A collection of canary-release scenarios for Canary Coach. See docs/packs.md for every field, its unit and its default.',
  });

/** A pack as written, validated but with defaults still unfilled. */
export type PackInput = z.output<typeof packSchema>;
