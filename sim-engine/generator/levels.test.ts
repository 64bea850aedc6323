import { describe, expect, it } from 'vitest';
import { detectabilityRatios } from './detectability';
import { generateScenarioEntry } from './generateScenario';
import { aimedStrength, LEVEL_PROFILES } from './levels';
import { GENERATOR_LEVELS } from './request';

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? Number.NaN;

/** Each draw's largest rate-effect detectability, over the draws whose 5 % stage sees one (a
 * regression in a segment that stage does not reach reads 0 and keeps the strength range). */
function detectabilities(level: (typeof GENERATOR_LEVELS)[number], draws: number): number[] {
  return Array.from({ length: draws }, (_, seed) => generateScenarioEntry({ seed, level }))
    .map((generated) => detectabilityRatios(generated.scenario, generated.referencePlans.strong))
    .filter((ratios) => ratios.length > 0)
    .map((ratios) => Math.max(...ratios))
    .filter((ratio) => ratio > 0);
}

describe('difficulty levels', () => {
  it('solve the strength that lands a regression at its drawn place in the level’s band', () => {
    const profile = LEVEL_PROFILES.standard;
    expect(aimedStrength(profile, 0, 0.75)).toBeCloseTo(profile.detectability[0] / 0.75, 9);
    expect(aimedStrength(profile, 0.5, 1)).toBeCloseTo(
      (profile.detectability[0] + profile.detectability[1]) / 2,
      9,
    );
    // A latency-only regression, or one the 5 % stage does not reach, keeps the strength range.
    expect(aimedStrength(profile, 0, null)).toBe(profile.strength[0]);
    expect(aimedStrength(profile, 1, 0)).toBe(profile.strength[1]);
  });

  it('draw most regressions inside their level’s detectability band, easier levels above harder', () => {
    const medians = GENERATOR_LEVELS.map((level) => {
      const ratios = detectabilities(level, 40);
      const [low, high] = LEVEL_PROFILES[level].detectability;
      const inside = ratios.filter((ratio) => ratio >= low - 0.01 && ratio <= high + 0.01);
      expect(inside.length / ratios.length).toBeGreaterThanOrEqual(0.7);
      return median(ratios);
    });
    expect(medians[0]).toBeGreaterThan(medians[1]!);
    expect(medians[1]).toBeGreaterThan(medians[2]!);
  });

  it('give a regressed scenario a weak reference that guards what the strong one guards, but hurries', () => {
    for (let seed = 0; seed < 20; seed++) {
      const { scenario, referencePlans } = generateScenarioEntry({ seed, level: 'hard' });
      if (scenario.regressions.length === 0) continue;
      const { strong, weak } = referencePlans;
      expect(weak.thresholds).toEqual(strong.thresholds);
      expect(weak.cohorts).toBe('random');
      expect(weak.stages.map((stage) => stage.percent)).toEqual([1, 100]);
    }
  });
});
