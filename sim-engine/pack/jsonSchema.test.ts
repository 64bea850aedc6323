import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packJsonSchema, PACK_JSON_SCHEMA_PATH } from './jsonSchema';

const file = new URL(`../../${PACK_JSON_SCHEMA_PATH}`, import.meta.url);
const REGENERATE = 'UPDATE_SCHEMA=1 npx vitest run sim-engine/pack';

// Regenerating is a deliberate act: the diff of the schema file is then reviewed and committed.
if (process.env['UPDATE_SCHEMA'] === '1') {
  writeFileSync(file, `${JSON.stringify(packJsonSchema(), null, 2)}\n`);
}

describe('the published JSON Schema', () => {
  it('matches the schema generated from the validator', () => {
    const committed: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
    // Compared as data, not text, so formatting the docs folder never counts as drift.
    expect(
      committed,
      `${PACK_JSON_SCHEMA_PATH} is out of date with sim-engine/pack; regenerate it with ${REGENERATE}`,
    ).toEqual(packJsonSchema());
  });

  it('comes out the same every time it is generated', () => {
    expect(packJsonSchema()).toEqual(packJsonSchema());
    expect(packJsonSchema()['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('declares every pack field and forbids the rest', () => {
    const schema = packJsonSchema() as {
      properties: Record<string, unknown>;
      additionalProperties: unknown;
    };
    expect(Object.keys(schema.properties)).toContain('scenarios');
    expect(schema.additionalProperties).toBe(false);
  });
});
