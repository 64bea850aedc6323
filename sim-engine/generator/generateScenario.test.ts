import { describe, expect, it } from 'vitest';
import { loadPack } from '../pack/loadPack';
import { PACK_FORMAT } from '../pack/limits';
import { simulate } from '../run/simulate';
import { weekday } from './dailyChallenge';
import { generateScenario, generateScenarioEntry } from './generateScenario';
import { startDay } from './scenarioParts';
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

describe('healthy releases', () => {
  it('start on the Monday before the drawn Tuesday, so the strong plan’s last sign-off falls inside the horizon', () => {
    expect(startDay('2026-03-10', true)).toBe('2026-03-09');
    expect(startDay('2026-03-10', false)).toBe('2026-03-10');
    expect(startDay('2026-09-01', true)).toBe('2026-08-31');
    expect(startDay('2024-03-01', true)).toBe('2024-02-29');
    expect(startDay('2027-01-01', true)).toBe('2026-12-31');
    const [year, month, day] = startDay('2026-09-15', true).split('-').map(Number);
    expect(weekday(year!, month!, day!)).toBe(1);
  });

  it('are shipped by the strong reference, staff trap or calendar trap alike', () => {
    // Requests 70,009 (staff) and 70,019 (a sale last week) drew healthy releases at hard;
    // started on a Tuesday, the first never reached 100 % on any of 10 seeds.
    for (const seed of [70_009, 70_019]) {
      const { scenario, referencePlans, trap } = generateScenarioEntry({ seed, level: 'hard' });
      expect(scenario.regressions).toEqual([]);
      expect(trap).not.toBeNull();
      for (const run of [0, 1, 2]) {
        const { outcome } = simulate(scenario, referencePlans.strong, { seed: run });
        expect(outcome.rollbackCause).toBeNull();
        expect(outcome.reachedFullRollout).toBe(true);
      }
    }
  });
});
