import { describe, expect, it } from 'vitest';
import { loadBuiltInLibrary } from '../engine/library';
import type { AttemptRecord } from '../platform/platform';
import { practiseNext } from './practiseNext';

const library = loadBuiltInLibrary();

function attempt(scenarioId: string, total: number, modelShare: number): AttemptRecord {
  const dimensions = [
    { id: 'segments', title: 'Segments', points: 9, max: 10 },
    { id: 'model-guard', title: 'Model-specific guard', points: modelShare * 10, max: 10 },
  ];
  return {
    id: scenarioId,
    savedAt: '2026-01-01T00:00:00Z',
    report: { scenarioId, score: { total, dimensions } },
  } as unknown as AttemptRecord;
}

describe('practiseNext', () => {
  it('starts a new learner on a scenario and says why', () => {
    expect(practiseNext([library], [])?.reason).toMatch(/no saved attempts/);
  });

  it('sends a learner weak on model guards to a model or prompt scenario', () => {
    const suggestion = practiseNext([library], [attempt('checkout-first-order', 80, 0.1)]);
    const scenario = library.scenarios.find((s) => s.id === suggestion?.ref.scenarioId);
    expect(['model', 'prompt']).toContain(scenario?.changeKind);
    expect(suggestion?.reason).toMatch(/Model-specific guard \(10 %/);
  });

  it('prefers a scenario not yet mastered over one with a high best score', () => {
    const played = library.scenarios.map((s) => attempt(s.id, 90, 1));
    const [first] = library.scenarios;
    const weaker = played.map((a) =>
      a.report.scenarioId === first?.id ? attempt(a.id, 20, 1) : a,
    );
    expect(practiseNext([library], weaker)?.ref.scenarioId).toBe(first?.id);
  });
});
