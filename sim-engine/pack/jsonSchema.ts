import { z } from 'zod';
import { packSchema } from './packSchema';

/** Where the published schema lives, relative to the repository root. */
export const PACK_JSON_SCHEMA_PATH = 'docs/schema/canary-pack-1.schema.json';

/**
 * The JSON Schema of `canary-pack/1`, generated from the validator so the two cannot
 * drift. It describes shapes, types and ranges; rules that relate fields to each other
 * (shares adding up to 1, references between ids) are only in the loader.
 */
export function packJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(packSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
}
