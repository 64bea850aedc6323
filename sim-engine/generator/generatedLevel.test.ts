import { describe, expect, it } from 'vitest';
import { DEFAULT_FAIRNESS_RULE } from '../calibration/fairness';
import { builtInLibrary } from '../../scenarios/library';
import { generateScenario } from './generateScenario';
import { fairnessRuleOf, generatedLevel } from './generatedLevel';
import { LEVEL_PROFILES } from './levels';

describe('the level of a generated scenario in a pack', () => {
  it('is read from the scenario’s name when that request generates it again', () => {
    const introductory = generateScenario({ seed: 41, level: 'introductory' });
    const model = generateScenario({ seed: 42, level: 'hard', changeKind: 'model' });
    expect(introductory.id).toBe('generated-introductory-41');
    expect(generatedLevel(introductory)).toBe('introductory');
    expect(generatedLevel(JSON.parse(JSON.stringify(model)))).toBe('hard');
  });

  it('is not claimed for an edited scenario, a renamed one or a hand-written one', () => {
    const scenario = generateScenario({ seed: 43, level: 'standard' });
    expect(generatedLevel({ ...scenario, horizonMinutes: scenario.horizonMinutes + 60 })).toBe(
      null,
    );
    expect(generatedLevel({ ...scenario, id: 'generated-hard-43' })).toBe(null);
    expect(generatedLevel(builtInLibrary().scenarios[0]!)).toBe(null);
  });

  it('chooses the level’s fairness rule for a generated scenario and the default for any other', () => {
    expect(fairnessRuleOf('introductory')).toEqual(LEVEL_PROFILES.introductory.fairness);
    expect(fairnessRuleOf(null)).toEqual(DEFAULT_FAIRNESS_RULE);
  });
});
