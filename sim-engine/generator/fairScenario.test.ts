import { describe, expect, it } from 'vitest';
import { runSeeds, seedRange, summarizeCalibration } from '../calibration/calibrateScenario';
import { scoreAttempt } from '../scoring/scoreAttempt';
import { calibrateGenerated, generateFairScenario } from './fairScenario';
import { generateScenarioEntry } from './generateScenario';
import { LEVEL_PROFILES } from './levels';

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

  it('stops a plan once its side of the verdict is certain, and reaches the verdict all the seeds give', () => {
    for (const request of [
      { seed: 3, level: 'introductory' },
      { seed: 70_003, level: 'hard' },
    ] as const) {
      const generated = generateScenarioEntry(request);
      const { scenario, referencePlans } = generated;
      const seeds = seedRange(10);
      const scored = (plan: typeof referencePlans.strong) =>
        runSeeds(scenario, plan, seeds, (_, __, seed) => {
          const attempt = scoreAttempt({ scenario, plan, seed });
          return { run: attempt.run, score: attempt.score };
        });
      const whole = summarizeCalibration(
        scenario,
        scored(referencePlans.strong),
        scored(referencePlans.weak),
        LEVEL_PROFILES[request.level].fairness,
      );
      const quick = calibrateGenerated(generated, 10);
      expect(quick.verdict.fair).toBe(whole.verdict.fair);
      expect(quick.strong.seeds + quick.weak.seeds).toBeLessThanOrEqual(20);
    }
  });
});
