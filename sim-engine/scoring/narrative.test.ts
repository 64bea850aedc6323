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
    expect(steps[0]?.clock).toBe('Day 1 Tue 10:00');
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
        regression({ effects: [{ metric: 'conversion', change: 'relative', amount: -0.05 }] }),
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

  it('calls a limit the whole move fits inside "too loose", not a hold too short', () => {
    const loose = fixtureScenario({
      id: 'fixture-loose',
      changeKind: 'backend',
      regressions: [
        regression({ effects: [{ metric: 'error_rate', change: 'absolute', amount: 0.01 }] }),
      ],
    });
    const plan = {
      ...strongPlanFor(loose),
      cohorts: 'random' as const,
      thresholds: [
        {
          metric: 'error_rate' as const,
          limit: 2,
          unit: 'pp' as const,
          compare: 'control' as const,
        },
      ],
    };
    const text = buildNarrative(simulate(loose, plan, { seed: 1 }), loose)
      .map((s) => s.text)
      .join('\n');
    expect(text).toContain(
      'inside the 2 pp limit: the limit was too loose to trip, however long the hold',
    );
    expect(text).not.toContain('the hold was too short');
  });

  it('says when a stage fell between the bursts of an intermittent regression', () => {
    const bursts = fixtureScenario({
      id: 'fixture-bursts',
      changeKind: 'backend',
      regressions: [
        regression({
          effects: [{ metric: 'error_rate', change: 'absolute', amount: 0.003 }],
          onset: { type: 'intermittent', everyMinutes: 1440, forMinutes: 30 },
        }),
      ],
    });
    const plan = {
      ...strongPlanFor(bursts),
      cohorts: 'random' as const,
      stages: [
        { percent: 1, hold: { type: 'time' as const, minutes: 60 } },
        { percent: 5, hold: { type: 'time' as const, minutes: 120 } },
        { percent: 100 },
      ],
    };
    const text = buildNarrative(simulate(bursts, plan, { seed: 1 }), bursts)
      .map((s) => s.text)
      .join('\n');
    expect(text).toContain(
      'The 5 % stage (2 h) fell between the bursts of “r1” (30 min every 24 h): it never saw the clock window',
    );
  });

  it('labels a breach with nothing real behind it a false alarm, and names the window the gate read', () => {
    const healthy = fixtureScenario({ id: 'fixture-healthy', changeKind: 'backend' });
    const run = simulate(healthy, strongPlanFor(healthy), { seed: 1 });
    const breach = {
      type: 'breach' as const,
      minute: 400,
      stage: 1,
      thresholdIndex: 0,
      metric: 'error_rate' as const,
      estimate: 0.8,
      limit: 0.5,
      windowStart: 40,
    };
    const steps = buildNarrative({ ...run, events: [...run.events, breach] }, healthy);
    const told = steps.find((step) => step.kind === 'breach')?.text ?? '';
    expect(told).toContain('reading the last 6 h of data (since Day');
    expect(told).toContain('a false alarm');
  });
});
