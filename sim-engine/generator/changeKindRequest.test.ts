import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS, type ChangeKind } from '../domain/scenario';
import { generateScenario, generateScenarioEntry } from './generateScenario';
import { GENERATOR_LEVELS, requestProblem } from './request';

// Spaced practice schedules per kind of change, so the generator can be asked for one kind.

describe('a generator request for one kind of change', () => {
  it('draws only that kind, at every level, on every seed tried', () => {
    for (const changeKind of CHANGE_KINDS)
      for (const level of GENERATOR_LEVELS)
        for (let seed = 0; seed < 12; seed++)
          expect(generateScenario({ seed, level, changeKind }).changeKind).toBe(changeKind);
  });

  it('gives the same scenario for the same request, every time', () => {
    for (const changeKind of CHANGE_KINDS)
      expect(generateScenarioEntry({ seed: 7, level: 'hard', changeKind })).toEqual(
        generateScenarioEntry({ seed: 7, level: 'hard', changeKind }),
      );
  });

  it('still varies the product and the change within the kind across seeds', () => {
    const titles = new Set(
      Array.from(
        { length: 30 },
        (_, seed) => generateScenario({ seed, level: 'standard', changeKind: 'backend' }).title,
      ),
    );
    expect(titles.size).toBeGreaterThan(5);
  });

  it('draws the same seed of two kinds as two unrelated scenarios, not one with a new change', () => {
    const differ = Array.from({ length: 20 }, (_, seed) => {
      const surface = generateScenario({ seed, level: 'standard', changeKind: 'surface' });
      const backend = generateScenario({ seed, level: 'standard', changeKind: 'backend' });
      // Who uses the product: drawn before and apart from the change, so only its own streams move it.
      const people = (s: typeof surface) => JSON.stringify(s.segments);
      return people(surface) !== people(backend);
    }).filter(Boolean).length;
    expect(differ).toBeGreaterThanOrEqual(15);
  });

  it('names its scenario apart from the same seed drawn without a kind', () => {
    const anyKind = generateScenario({ seed: 3, level: 'standard' });
    const prompt = generateScenario({ seed: 3, level: 'standard', changeKind: 'prompt' });
    expect(anyKind.id).toBe('generated-standard-3');
    expect(prompt.id).toBe('generated-standard-prompt-3');
  });

  it('is refused with a sentence naming the kinds it knows', () => {
    const wrong = { seed: 1, level: 'standard', changeKind: 'database' as ChangeKind } as const;
    expect(requestProblem(wrong)).toBe(
      'changeKind must be one of surface, backend, infrastructure, model, prompt, not "database"',
    );
    expect(() => generateScenario(wrong)).toThrow(/cannot generate a scenario: changeKind must/);
  });
});
