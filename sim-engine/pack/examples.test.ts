import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../validation/issues';
import { loadPackText } from './loadPack';
import { packSchema } from './packSchema';
import { scenarioShape } from './scenarioSchema';
import { baselineInputSchema, segmentInputSchema } from './segmentSchema';

const examples = new URL('../../scenarios/examples/', import.meta.url);

function read(name: string): string {
  return readFileSync(new URL(name, examples), 'utf8');
}

function load(name: string) {
  const result = loadPackText(read(name));
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.value;
}

type Json = Record<string, unknown>;

/** Every key used at one level of the complete example, across all its objects there. */
function keysUsed(objects: readonly Json[]): Set<string> {
  return new Set(objects.flatMap((object) => Object.keys(object)));
}

describe('the example packs', () => {
  it('loads the minimal pack', () => {
    const pack = load('minimal-pack.json');
    expect(pack.id).toBe('minimal');
    expect(pack.scenarios.map((scenario) => scenario.id)).toEqual(['banner-copy']);
  });

  it('loads the complete pack with its reference plans', () => {
    const pack = load('complete-pack.json');
    expect(pack.scenarios.map((scenario) => scenario.changeKind)).toEqual([
      'backend',
      'model',
      'surface',
    ]);
    for (const scenario of pack.scenarios) {
      expect(pack.referencePlans[scenario.id]?.strong?.format).toBe('canary-plan/1');
      expect(pack.referencePlans[scenario.id]?.weak?.format).toBe('canary-plan/1');
    }
  });

  it('keeps a healthy scenario in the complete pack', () => {
    const pack = load('complete-pack.json');
    expect(pack.scenarios.some((scenario) => scenario.regressions.length === 0)).toBe(true);
  });

  it('gives the minimal pack nothing it could leave out', () => {
    const minimal = JSON.parse(read('minimal-pack.json')) as Json;
    const scenario = (minimal['scenarios'] as Json[])[0] as Json;
    expect(Object.keys(minimal).sort()).toEqual(
      ['author', 'format', 'id', 'scenarios', 'title', 'version'].sort(),
    );
    expect(Object.keys(scenario).sort()).toEqual(
      ['brief', 'changeKind', 'id', 'segments', 'title'].sort(),
    );
  });

  it('uses every field of the format in the complete pack', () => {
    const pack = JSON.parse(read('complete-pack.json')) as Json;
    const scenarios = pack['scenarios'] as Json[];
    const segments = scenarios.flatMap((scenario) => scenario['segments'] as Json[]);
    const baselines = [
      ...scenarios.map((scenario) => scenario['baseline']),
      ...segments.map((segment) => segment['baseline']),
    ].filter((baseline): baseline is Json => baseline !== undefined);
    const levels: [string, Set<string>, readonly string[]][] = [
      ['pack', keysUsed([pack]), Object.keys(packSchema.shape)],
      ['scenario', keysUsed(scenarios), Object.keys(scenarioShape.shape)],
      ['segment', keysUsed(segments), Object.keys(segmentInputSchema.shape)],
      ['baseline', keysUsed(baselines), Object.keys(baselineInputSchema.shape)],
    ];
    for (const [level, used, fields] of levels) {
      const unused = fields.filter((field) => !used.has(field));
      expect(unused, `${level} fields missing from complete-pack.json`).toEqual([]);
    }
  });
});
