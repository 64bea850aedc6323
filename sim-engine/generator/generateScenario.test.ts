import { describe, expect, it } from 'vitest';
import { loadPack } from '../pack/loadPack';
import { PACK_FORMAT } from '../pack/limits';
import { generateScenario, generateScenarioEntry } from './generateScenario';
import { GENERATOR_LEVELS } from './request';

describe('the scenario generator', () => {
  it('gives the same scenario for the same request, every time', () => {
    for (const level of GENERATOR_LEVELS)
      for (const seed of [0, 7, 2 ** 31 - 1])
        expect(generateScenario({ seed, level })).toEqual(generateScenario({ seed, level }));
  });

  it('gives different scenarios for different seeds', () => {
    const titles = new Set(
      Array.from({ length: 20 }, (_, seed) =>
        JSON.stringify(generateScenario({ seed, level: 'standard' })),
      ),
    );
    expect(titles.size).toBe(20);
  });

  it('writes scenarios a pack loads back unchanged, with their reference plans', () => {
    for (const level of GENERATOR_LEVELS)
      for (let seed = 0; seed < 30; seed++) {
        const generated = generateScenarioEntry({ seed, level });
        const loaded = loadPack({
          format: PACK_FORMAT,
          id: 'check',
          title: 'Check',
          author: 'Test',
          version: '1.0.0',
          scenarios: [JSON.parse(JSON.stringify(generated.input))],
        });
        expect(loaded.ok).toBe(true);
        if (!loaded.ok) continue;
        expect(loaded.value.scenarios[0]).toEqual(generated.scenario);
        expect(loaded.value.referencePlans[generated.scenario.id]).toEqual(
          generated.referencePlans,
        );
      }
  });

  it('refuses a request it cannot honour with a sentence naming the problem', () => {
    expect(() => generateScenario({ seed: -1, level: 'standard' })).toThrow(
      /seed must be a whole number/,
    );
    expect(() => generateScenario({ seed: 1, level: 'expert' as 'hard' })).toThrow(
      /level must be one of/,
    );
  });
});
