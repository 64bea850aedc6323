import { describe, expect, it } from 'vitest';
import type { Plan, Threshold } from '../domain/plan';
import type { Scenario } from '../domain/scenario';
import { stageDetectionProbability } from '../power/stagePower';
import { fixtureScenario, regression, STRONG_PLAN } from '../testing/fixtures';
import { simulate } from './simulate';

/** Every metric guarded at a limit of zero: the hardest A/A case, a true move exactly at the limit. */
const EVERY_METRIC_AT_ZERO: Threshold[] = [
  { metric: 'error_rate', limit: 0, unit: 'pp', compare: 'control' },
  { metric: 'latency_p99', limit: 0, unit: 'ms', compare: 'control' },
  { metric: 'latency_p95', limit: 0, unit: 'pct', compare: 'cohort' },
  { metric: 'conversion', limit: 0, unit: 'pct', compare: 'cohort' },
  { metric: 'hallucination_rate', limit: 0, unit: 'pp', compare: 'control' },
  { metric: 'thumbs_down_rate', limit: 0, unit: 'pct', compare: 'cohort' },
  { metric: 'token_cost', limit: 0, unit: 'pct', compare: 'control' },
];

const wholeRamp = (significance: Plan['significance']): Plan => ({
  ...STRONG_PLAN,
  stages: [
    { percent: 1, hold: { type: 'time', minutes: 240 } },
    { percent: 5, hold: { type: 'time', minutes: 720 } },
    { percent: 25, hold: { type: 'time', minutes: 1440 } },
    { percent: 50, hold: { type: 'time', minutes: 720 } },
    { percent: 100 },
  ],
  thresholds: EVERY_METRIC_AT_ZERO,
  significance,
});

function rollbackRate(scenario: Scenario, plan: Plan, seeds: number): number {
  let rolledBack = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    if (simulate(scenario, plan, { seed }).outcome.rollbackRequestedMinute !== null) rolledBack++;
  }
  return rolledBack / seeds;
}

describe('an A/A release (nothing changed)', () => {
  const healthy = fixtureScenario({ horizonMinutes: 4 * 1440 });

  // 100 seeds keep this test in budget (finer latency buckets and windows made each run
  // dearer); the gates bench prints the null-boundary figure over 500.
  it('is rolled back in at most 5 % of 100 seeds by a 95 % guard on all seven metrics over a whole ramp', () => {
    const rate = rollbackRate(healthy, wholeRamp({ confidence: 0.95 }), 100);
    expect(rate).toBeLessThanOrEqual(0.05);
  }, 300_000);

  it('is rolled back almost always when the same plan acts on point estimates (the peeking problem)', () => {
    const rate = rollbackRate(healthy, wholeRamp(null), 100);
    expect(rate).toBeGreaterThan(0.9);
  }, 60_000);
});

describe('detection power', () => {
  const flat = { requestsPerMinute: 20_000, dailySwing: 0, peakHour: 14, weekendFactor: 1 };
  const singleStage = (percent: number, holdMinutes: number): Plan => ({
    ...STRONG_PLAN,
    cohorts: 'random',
    stages: [{ percent, hold: { type: 'time', minutes: holdMinutes } }, { percent: 100 }],
    thresholds: [{ metric: 'error_rate', limit: 0.5, unit: 'pp', compare: 'control' }],
  });

  // Effects in the steep middle of each power curve (helper's predictions 0.45–0.65), where a
  // wrong model shows; saturated cases at 0 or 1 would agree whatever the model said.
  const cases = [
    { percent: 1, holdMinutes: 240, extraErrors: 0.0065 },
    { percent: 5, holdMinutes: 120, extraErrors: 0.006 },
    { percent: 1, holdMinutes: 60, extraErrors: 0.008 },
    { percent: 1, holdMinutes: 60, extraErrors: 0.0085 },
  ];

  it.each(cases)(
    'matches the power helper within 5 points at $percent % for $holdMinutes min and +$extraErrors errors',
    ({ percent, holdMinutes, extraErrors }) => {
      const plan = singleStage(percent, holdMinutes);
      const scenario = fixtureScenario({
        traffic: flat,
        horizonMinutes: holdMinutes + 60,
        regressions: [
          regression({
            effects: [{ metric: 'error_rate', change: 'absolute', amount: extraErrors }],
          }),
        ],
      });
      const predicted = stageDetectionProbability({
        scenario,
        plan,
        stageIndex: 0,
        thresholdIndex: 0,
        effect: extraErrors * 100,
      });
      // 1000 seeds: the standard error is at most 1.6 points, so ±5 is about three of them.
      const seeds = 1000;
      let caught = 0;
      for (let seed = 1; seed <= seeds; seed++) {
        const { outcome } = simulate(scenario, plan, { seed });
        if (outcome.detectionMinute !== null && outcome.detectionMinute <= holdMinutes) caught++;
      }
      expect(predicted).toBeGreaterThan(0.1);
      expect(predicted).toBeLessThan(0.9);
      expect(Math.abs(caught / seeds - predicted)).toBeLessThanOrEqual(0.05);
    },
    60_000,
  );

  it('rises with traffic share and with effect size', () => {
    const scenario = fixtureScenario({ traffic: flat });
    const probability = (percent: number, effect: number) =>
      stageDetectionProbability({
        scenario,
        plan: singleStage(percent, 240),
        stageIndex: 0,
        thresholdIndex: 0,
        effect,
      });
    expect(probability(5, 0.6)).toBeGreaterThan(probability(1, 0.6) + 0.2);
    expect(probability(1, 0.9)).toBeGreaterThan(probability(1, 0.6) + 0.2);
  });
});
