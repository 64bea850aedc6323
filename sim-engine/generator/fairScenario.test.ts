import { describe, expect, it } from 'vitest';
import { generateFairScenario } from './fairScenario';

describe('fair generated scenarios', () => {
  it('offers only a scenario its calibration calls FAIR, and the same one for the same request', () => {
    const progress: [number, number][] = [];
    const first = generateFairScenario(
      { seed: 3, level: 'introductory' },
      { seeds: 10, onProgress: (done, total) => progress.push([done, total]) },
    );
    expect(first.calibration.verdict).toEqual({ fair: true, reasons: [] });
    expect(first.calibration.scenarioId).toBe(first.scenario.id);
    expect(first.attempts).toBeGreaterThanOrEqual(1);
    expect(progress.at(-1)).toEqual([21, 21]);
    const again = generateFairScenario({ seed: 3, level: 'introductory' }, { seeds: 10 });
    expect(again.scenario).toEqual(first.scenario);
    expect(again.attempts).toBe(first.attempts);
  });

  it('gives up with a sentence when no draw is fair within the attempts allowed', () => {
    expect(() =>
      generateFairScenario({ seed: 3, level: 'hard' }, { seeds: 10, maxAttempts: 0 }),
    ).toThrow(/no fair hard scenario in 0 draws/);
  });
});
