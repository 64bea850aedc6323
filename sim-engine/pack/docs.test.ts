import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BASELINE,
  DEFAULT_ROLLBACK_TIMES,
  DEFAULT_TRAFFIC,
  SCENARIO_DEFAULTS,
} from './defaultValues';
import { packJsonSchema } from './jsonSchema';
import { PACK_LIMITS } from './limits';

const docs = readFileSync(new URL('../../docs/packs.md', import.meta.url), 'utf8');
const FENCED = /```[a-z]*\n([\s\S]*?)```/g;
/** Everything the page writes as code: examples, then inline field names and values. */
const code = [
  ...[...docs.matchAll(FENCED)].map((match) => match[1] ?? ''),
  ...[...docs.replace(FENCED, '').matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ''),
].join('\n');

/** Property names in the schema, except inside reference plans (documented with plans). */
function fieldNames(schema: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) schema.forEach((item) => fieldNames(item, found));
  else if (typeof schema === 'object' && schema !== null) {
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'properties' && typeof value === 'object' && value !== null) {
        for (const [name, child] of Object.entries(value)) {
          found.add(name);
          if (name !== 'referencePlans') fieldNames(child, found);
        }
      } else fieldNames(value, found);
    }
  }
  return found;
}

describe('docs/packs.md', () => {
  it('names every field of the format', () => {
    const missing = [...fieldNames(packJsonSchema())].filter(
      (name) => !new RegExp(`(^|[^\\w$])${name.replace('$', '\\$')}($|[^\\w])`, 'm').test(code),
    );
    expect(missing).toEqual([]);
  });

  it('states the defaults the loader fills in', () => {
    const defaults = [
      SCENARIO_DEFAULTS.start,
      SCENARIO_DEFAULTS.horizonMinutes,
      SCENARIO_DEFAULTS.mockMinutes,
      SCENARIO_DEFAULTS.users,
      SCENARIO_DEFAULTS.valuePerConversion,
      DEFAULT_TRAFFIC.requestsPerMinute,
      DEFAULT_TRAFFIC.dailySwing,
      DEFAULT_TRAFFIC.peakHour,
      DEFAULT_TRAFFIC.weekendFactor,
      DEFAULT_BASELINE.errorRate,
      DEFAULT_BASELINE.conversionRate,
      DEFAULT_BASELINE.latency.medianMs,
      DEFAULT_BASELINE.latency.logSpread,
      DEFAULT_BASELINE.tokensPerQuery,
      DEFAULT_ROLLBACK_TIMES.routing,
      DEFAULT_ROLLBACK_TIMES.redeploy,
    ];
    for (const value of defaults) expect(code).toContain(String(value));
  });

  it('states the count limits the loader enforces', () => {
    for (const limit of [
      PACK_LIMITS.scenarios,
      PACK_LIMITS.segments,
      PACK_LIMITS.regressions,
      PACK_LIMITS.effectsPerRegression,
      PACK_LIMITS.probes,
    ]) {
      expect(docs).toMatch(new RegExp(`\\|\\s*${limit}\\s*\\|`));
    }
  });
});
