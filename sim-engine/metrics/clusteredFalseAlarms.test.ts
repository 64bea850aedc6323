import { describe, expect, it } from 'vitest';
import type { Plan, Threshold } from '../domain/plan';
import type { Scenario } from '../domain/scenario';
import { DEFAULT_WORLD } from '../pack/defaultValues';
import { simulate } from '../run/simulate';
import { clopperPearson } from '../testing/clopperPearson';
import { fixtureScenario, SEVEN_SEGMENTS, STRONG_PLAN } from '../testing/fixtures';

/*
 * The false-alarm promise in a world with clustered noise (a random effect per segment and
 * day on conversion), rhythm and visits: a 95 % guard over a whole ramp still rolls back
 * an A/A release in at most 5 % of seeds. Measured with the guard on this branch; the
 * gates widen their variance by dispersionModel() so a tighter guard keeps it too.
 */

const THREE: Threshold[] = [
  { metric: 'error_rate', limit: 0.5, unit: 'pp', compare: 'control' },
  { metric: 'latency_p99', limit: 200, unit: 'ms', compare: 'control' },
  { metric: 'conversion', limit: 2, unit: 'pct', compare: 'cohort' },
];
const wholeRamp = (thresholds: Threshold[]): Plan => ({
  ...STRONG_PLAN,
  stages: [
    { percent: 1, hold: { type: 'time', minutes: 240 } },
    { percent: 5, hold: { type: 'time', minutes: 720 } },
    { percent: 25, hold: { type: 'time', minutes: 1440 } },
    { percent: 50, hold: { type: 'time', minutes: 720 } },
    { percent: 100 },
  ],
  thresholds,
});

/** The fixture shop in the default world: visits of 5 requests, rhythm, clustered noise. */
const clustered: Scenario = fixtureScenario({
  horizonMinutes: 3 * 1440,
  world: { ...DEFAULT_WORLD, noise: { conversionDayToDay: 0.05 } },
  segments: SEVEN_SEGMENTS.map((segment) => ({ ...segment, requestsPerVisit: 5 })),
});

function falseAlarms(plan: Plan, seeds: number): number {
  let breaches = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const { events } = simulate(clustered, plan, { seed });
    if (events.some((event) => event.type === 'breach')) breaches++;
  }
  return breaches;
}

describe('an A/A release in a world with clustered noise', () => {
  it('is rolled back in at most 5 % of 500 seeds by a 95 % guard on three metrics over a whole ramp', () => {
    const breaches = falseAlarms(wholeRamp(THREE), 500);
    const { upper } = clopperPearson(breaches, 500);
    expect(breaches / 500).toBeLessThanOrEqual(0.05);
    // The interval's top stays under 10 %: a rate near the promise would not pass by luck.
    expect(upper).toBeLessThan(0.1);
  }, 180_000);
});
