import { describe, expect, it } from 'vitest';
import { buildReport, scoreAttempt, WEAK_REFERENCE_PLAN } from '../../../sim-engine/index';
import type { Scenario } from '../../../sim-engine/index';
import { builtInLibrary } from '../../../scenarios/library';
import type { AttemptRecord } from '../platform/platform';
import { attemptName, modeLabel } from './attemptLabels';

function firstScenario(): Scenario {
  const [first] = builtInLibrary().scenarios;
  if (first === undefined) throw new Error('The built-in library has no scenario.');
  return first;
}
const scenario = firstScenario();
function recordOf(mode: 'practice' | 'mock', extra: Partial<AttemptRecord> = {}): AttemptRecord {
  const report = buildReport(
    scoreAttempt({ scenario, plan: WEAK_REFERENCE_PLAN, seed: 3 }),
    scenario,
    {
      packId: 'pack-1',
      packVersion: '1.0.0',
      mode,
      createdAt: '2026-03-04T10:00:00.000Z',
    },
  );
  return { id: 'attempt-1', savedAt: '2026-03-04T10:05:00.000Z', report, ...extra };
}

describe('History names each attempt by where it came from', () => {
  it('calls a library attempt practice and a timed one a mock interview', () => {
    expect(modeLabel(recordOf('practice'))).toBe('Practice');
    expect(modeLabel(recordOf('mock'))).toBe('Mock interview');
  });

  it('marks the daily challenge', () => {
    expect(modeLabel(recordOf('practice', { daily: { date: '2026-03-04' } }))).toBe(
      'Daily challenge',
    );
  });

  it('marks an attempt on a generated practice set with the set’s level', () => {
    const practiceSet = { seed: 70, level: 'hard', count: 3 } as const;
    expect(modeLabel(recordOf('practice', { practiceSet }))).toBe('Practice set, hard');
    const introductory = { ...practiceSet, level: 'introductory' } as const;
    expect(modeLabel(recordOf('practice', { practiceSet: introductory }))).toBe(
      'Practice set, introductory',
    );
  });

  it('names an attempt by its scenario, its mode when timed, and the minute it was saved', () => {
    expect(attemptName(recordOf('mock'))).toBe(
      `${scenario.title}, mock interview, 2026-03-04 10:05`,
    );
  });
});
