import { describe, expect, it } from 'vitest';
import type { Scenario } from '../domain/scenario';
import { detectabilityRatios } from './detectability';
import { generateScenarioEntry, type GeneratedScenario } from './generateScenario';
import type { GeneratorLevel } from './request';

function firstWith(family: string, level: GeneratorLevel = 'standard'): GeneratedScenario {
  for (let seed = 0; seed < 200; seed++) {
    const generated = generateScenarioEntry({ seed, level });
    if (generated.families.length === 1 && generated.families[0] === family) return generated;
  }
  throw new Error(`no ${family} draw in 200 seeds`);
}

describe('detectability at the strong plan’s first guarded stage', () => {
  it('grows in proportion to the effect', () => {
    const { scenario, referencePlans } = firstWith('late-onset');
    const [ratio] = detectabilityRatios(scenario, referencePlans.strong);
    const regression = scenario.regressions[0]!;
    const doubled: Scenario = {
      ...scenario,
      regressions: [
        {
          ...regression,
          effects: regression.effects.map((effect) =>
            effect.metric === 'error_rate' ? { ...effect, amount: effect.amount * 2 } : effect,
          ),
        },
      ],
    };
    expect(ratio).toBeGreaterThan(0);
    expect(detectabilityRatios(doubled, referencePlans.strong)[0]).toBeCloseTo(2 * ratio!, 6);
  });

  it('is zero for a segment the 5 % stage does not reach', () => {
    const { scenario, referencePlans } = firstWith('late-onset');
    const last = scenario.segments.find((segment) => segment.kind === 'high-value')!;
    const onlyLast: Scenario = {
      ...scenario,
      regressions: [{ ...scenario.regressions[0]!, segments: [last.id] }],
    };
    expect(detectabilityRatios(onlyLast, referencePlans.strong)).toEqual([0]);
  });

  it('leaves latency effects out: the helper has no closed form for a moved tail', () => {
    // Tail-only regressions are drawn at introductory only.
    const { scenario, referencePlans } = firstWith('tail-only', 'introductory');
    expect(detectabilityRatios(scenario, referencePlans.strong)).toEqual([]);
  });
});
