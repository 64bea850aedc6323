import { describe, expect, it } from 'vitest';
import { xapiStatementSchema } from './xapiSchema';

// The schema must bite: each statement below breaks one rule of xAPI 1.0.3 and is refused.

const valid = {
  id: 'f6466791-96bf-51c5-8cfd-030473f8cecb',
  actor: {
    objectType: 'Agent',
    name: 'Ada',
    account: { homePage: 'https://lms.example.org', name: 'ada' },
  },
  verb: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
  object: { objectType: 'Activity', id: 'https://example.org/activities/1' },
  result: {
    score: { scaled: 0.8, raw: 80, min: 0, max: 100 },
    success: true,
    completion: true,
    duration: 'PT1H2M3.5S',
    extensions: { 'https://example.org/extensions/x': { points: 3 } },
  },
  timestamp: '2026-03-04T10:00:00.000Z',
};

/** `valid` with one path replaced (undefined removes it). */
function breaking(path: string, value: unknown): unknown {
  const copy = structuredClone(valid) as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop() as string;
  const parent = keys.reduce<Record<string, unknown>>(
    (node, key) => node[key] as Record<string, unknown>,
    copy,
  );
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

describe('the xAPI statement schema', () => {
  it('accepts a complete statement', () => {
    expect(xapiStatementSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['a missing actor', 'actor', undefined],
    ['a missing verb', 'verb', undefined],
    ['a missing object', 'object', undefined],
    ['an id that is not a UUID', 'id', 'attempt-1'],
    ['a verb id that is not an IRI', 'verb.id', 'passed'],
    ['an activity id with a space', 'object.id', 'https://example.org/a b'],
    ['a language map keyed by a non-tag', 'verb.display', { 'english please': 'passed' }],
    ['an agent with no identifier', 'actor.account', undefined],
    ['an agent with two identifiers', 'actor.mbox', 'mailto:ada@example.org'],
    ['an mbox without mailto:', 'actor.mbox', 'ada@example.org'],
    ['scaled above 1', 'result.score.scaled', 1.2],
    ['scaled below -1', 'result.score.scaled', -1.01],
    ['raw above max', 'result.score.raw', 101],
    ['min not below max', 'result.score.min', 100],
    ['a duration in seconds', 'result.duration', '3723.5'],
    ['an empty duration', 'result.duration', 'PT'],
    ['an extension key that is not an IRI', 'result.extensions', { points: 3 }],
    ['a timestamp without a time zone', 'timestamp', '2026-03-04T10:00:00'],
    ['a property xAPI does not define', 'result.grade', 'A'],
    ['a version that is not 1.0.x', 'version', '2.0.0'],
  ])('refuses %s', (_label, path, value) => {
    expect(xapiStatementSchema.safeParse(breaking(path, value)).success).toBe(false);
  });
});
