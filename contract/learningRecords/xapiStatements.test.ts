import { describe, expect, it } from 'vitest';
import {
  buildReport,
  scoreAttempt,
  strongPlanFor,
  WEAK_REFERENCE_PLAN,
} from '../../sim-engine/index';
import type { Plan } from '../../sim-engine/index';
import { fixtureScenario } from '../../sim-engine/testing/fixtures';
import type { AttemptRecord } from '../types';
import { DEFAULT_IRI_BASE, XAPI_VERBS } from './learningIris';
import { xapiStatementSchema } from './xapiSchema';
import {
  attemptStatements,
  historyStatements,
  isoDuration,
  MASTERY_SCALED,
} from './xapiStatements';

const scenario = fixtureScenario({});
function recordOf(plan: Plan, extra: Partial<AttemptRecord> = {}): AttemptRecord {
  const report = buildReport(scoreAttempt({ scenario, plan, seed: 3 }), scenario, {
    packId: 'pack-1',
    packVersion: '2.1.0',
    mode: 'practice',
    createdAt: '2026-03-04T10:00:00.000Z',
    learner: 'Ada Lovelace',
  });
  return { id: 'attempt-1', savedAt: '2026-03-04T10:00:00.000Z', report, ...extra };
}
const strong = recordOf(strongPlanFor(scenario), { activeSeconds: 754.5 });
const weak = recordOf(WEAK_REFERENCE_PLAN, { id: 'attempt-2', daily: { date: '2026-03-04' } });

describe('attempts exported as xAPI statements', () => {
  it('keep every rule of the xAPI 1.0.3 statement schema', () => {
    for (const statement of historyStatements([strong, weak])) {
      const checked = xapiStatementSchema.safeParse(statement);
      expect(checked.error?.issues ?? []).toEqual([]);
    }
  });

  it('say attempted, completed, then passed or failed by the strong band', () => {
    const verbs = (record: AttemptRecord) => attemptStatements(record).map((s) => s.verb.id);
    expect(strong.report.score.total / 100).toBeGreaterThanOrEqual(MASTERY_SCALED);
    expect(verbs(strong)).toEqual([XAPI_VERBS.attempted, XAPI_VERBS.completed, XAPI_VERBS.passed]);
    expect(weak.report.score.total / 100).toBeLessThan(MASTERY_SCALED);
    expect(verbs(weak)[2]).toBe(XAPI_VERBS.failed);
  });

  it('carry the score, the time spent, the pack’s version and every rubric dimension', () => {
    const [attempted, , scored] = attemptStatements(strong);
    expect(scored?.result?.score).toEqual({
      scaled: strong.report.score.total / 100,
      raw: strong.report.score.total,
      min: 0,
      max: 100,
    });
    expect(scored?.result?.success).toBe(true);
    expect(scored?.result?.duration).toBe('PT12M34.5S');
    expect(attempted?.timestamp).toBe('2026-03-04T09:47:25.500Z');
    expect(scored?.context?.revision).toBe('2.1.0');
    expect(scored?.object.id).toBe(
      'https://canary-coach.invalid/xapi/packs/pack-1/scenarios/' + scenario.id,
    );
    const keys = Object.keys(scored?.result?.extensions ?? {});
    for (const dimension of strong.report.score.dimensions)
      expect(keys).toContain(
        `https://canary-coach.invalid/xapi/extensions/dimension/${dimension.id}`,
      );
    expect(scored?.actor).toEqual({
      objectType: 'Agent',
      name: 'Ada Lovelace',
      account: { homePage: 'https://canary-coach.invalid/xapi', name: 'Ada Lovelace' },
    });
  });

  it('give the same ids on every export, distinct per attempt and verb', () => {
    const ids = historyStatements([strong, weak]).map((s) => s.id);
    expect(new Set(ids).size).toBe(6);
    expect(historyStatements([weak, strong]).map((s) => s.id)).toEqual(ids);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('mark the daily challenge and name an account on the learner’s platform', () => {
    const [statement] = attemptStatements(weak, {
      learner: { name: 'ignored', accountName: 'u-42', homePage: 'https://lms.example.org' },
      iriBase: 'https://school.example.org/xapi/',
    });
    expect(statement?.actor.account).toEqual({ homePage: 'https://lms.example.org', name: 'u-42' });
    expect(statement?.actor.name).toBe('Ada Lovelace');
    expect(statement?.context?.extensions).toMatchObject({
      'https://school.example.org/xapi/extensions/daily-challenge': '2026-03-04',
    });
    expect(statement?.result).toBeUndefined();
  });

  it('carry the request a generated practice set was drawn from, and keep the schema', () => {
    const practiceSet = { seed: 70, level: 'hard', count: 3, changeKind: 'prompt' } as const;
    const [statement] = attemptStatements(recordOf(WEAK_REFERENCE_PLAN, { practiceSet }));
    expect(statement?.context?.extensions).toMatchObject({
      [`${DEFAULT_IRI_BASE}/extensions/practice-set`]: practiceSet,
    });
    expect(xapiStatementSchema.safeParse(statement).success).toBe(true);
    const [library] = attemptStatements(strong);
    expect(Object.keys(library?.context?.extensions ?? {}).join()).not.toContain('practice-set');
  });

  it('write durations as ISO 8601 with hundredths of a second', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(59.999)).toBe('PT1M');
    expect(isoDuration(3600 + 61.25)).toBe('PT1H1M1.25S');
  });
});
