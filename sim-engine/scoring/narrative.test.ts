import { describe, expect, it } from 'vitest';
import { simulate } from '../run/simulate';
import { fixtureScenario, regression } from '../testing/fixtures';
import golden from './narrative.golden.json';
import { buildNarrative } from './narrative';
import { strongPlanFor, WEAK_REFERENCE_PLAN } from './referencePlans';

// A regression only in the general segment, ten hours after the first exposure.
const scenario = fixtureScenario({
  id: 'fixture-errors',
  regressions: [
    regression({ segments: ['everyone'], onset: { type: 'delayed', afterMinutes: 600 } }),
  ],
});

function lines(plan: Parameters<typeof simulate>[1]): string[] {
  return buildNarrative(simulate(scenario, plan, { seed: 7 }), scenario).map(
    (step) => `${step.clock} ${step.kind}: ${step.text}`,
  );
}

describe('buildNarrative', () => {
  it('tells the strong plan’s run on seed 7 as the reviewed golden says', () => {
    expect(lines(strongPlanFor(scenario))).toEqual(golden.strong);
  });

  it('tells the weak plan’s run on seed 7 as the reviewed golden says', () => {
    expect(lines(WEAK_REFERENCE_PLAN)).toEqual(golden.weak);
  });

  it('orders steps by minute and labels each with the scenario clock', () => {
    const steps = buildNarrative(
      simulate(scenario, strongPlanFor(scenario), { seed: 7 }),
      scenario,
    );
    expect(steps.map((s) => s.minute)).toEqual(
      [...steps.map((s) => s.minute)].sort((a, b) => a - b),
    );
    expect(steps[0]?.clock).toBe('Tue 10:00');
  });

  it('says which metric went unguarded and why a small stage could not see the regression', () => {
    const weak = lines(WEAK_REFERENCE_PLAN).join('\n');
    expect(weak).toContain('error rate moved with “r1”, but no threshold watched it');
    expect(lines(strongPlanFor(scenario)).join('\n')).toContain(
      'At 5 % the canary did not yet include everyone',
    );
  });

  it('gives the detection probability of a hold too short for the volume', () => {
    const small = fixtureScenario({
      id: 'fixture-conversion',
      changeKind: 'backend',
      regressions: [
        regression({ effects: [{ metric: 'conversion', change: 'relative', amount: -0.02 }] }),
      ],
    });
    const plan = { ...strongPlanFor(small), cohorts: 'random' as const };
    const text = buildNarrative(simulate(small, plan, { seed: 1 }), small)
      .map((s) => s.text)
      .join('\n');
    expect(text).toMatch(
      /At 1 % for 1 h, a [\d.]+ % move in conversion is seen with probability 0\.\d\d/,
    );
  });
});
