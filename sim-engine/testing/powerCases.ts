import type { Plan, Threshold } from '../domain/plan';
import type { Regression, Scenario } from '../domain/scenario';
import { purchaseArrivals, unseenConversionMinutes } from '../metrics/purchaseDelay';
import { variancePerMinute } from '../power/varianceModel';
import { normalCdf } from '../statistics/normalDistribution';
import { FLAT_TRAFFIC, p99Move, singleStage } from './gateFigures';
import { regression } from './fixtures';

/*
 * The gates' power questions as runnable cases, shared by the tests and the gates bench: each
 * in the steep part of its curve, where a wrong engine or helper would show.
 */

/** A power question: one stage, one threshold, one regression, at a traffic where it is steep. */
export interface PowerCase {
  readonly name: string;
  readonly threshold: Threshold;
  readonly percent: number;
  readonly minutes: number;
  readonly requestsPerMinute: number;
  readonly regression: Regression;
  /** The true move in the threshold's units. */
  readonly effect: number;
  /** Requests per visit of every segment (1 unless given): conversion is counted per visit. */
  readonly requestsPerVisit?: number;
  /** Changes to flat traffic: a daily cycle the stage's hours fall on. */
  readonly traffic?: Partial<Scenario['traffic']>;
}

export const POWER_CASES: readonly PowerCase[] = [
  {
    name: 'conversion −10 % at 5 % for 4 h (limit 2 %)',
    threshold: { metric: 'conversion', limit: 2, unit: 'pct', compare: 'cohort' },
    percent: 5,
    minutes: 240,
    requestsPerMinute: 3600,
    regression: regression({
      effects: [{ metric: 'conversion', change: 'relative', amount: -0.1 }],
    }),
    effect: 10,
  },
  {
    name: 'errors +0.5 pp at 1 % for 4 h (limit 0.25 pp)',
    threshold: { metric: 'error_rate', limit: 0.25, unit: 'pp', compare: 'control' },
    percent: 1,
    minutes: 240,
    requestsPerMinute: 6000,
    regression: regression({
      effects: [{ metric: 'error_rate', change: 'absolute', amount: 0.005 }],
    }),
    effect: 0.5,
  },
  {
    name: 'p99 +200 ms at 1 % for 1 h (limit 100 ms)',
    threshold: { metric: 'latency_p99', limit: 100, unit: 'ms', compare: 'control' },
    percent: 1,
    minutes: 60,
    requestsPerMinute: 1700,
    regression: p99Move(200),
    effect: 200,
  },
];

/** The scenario and plan of a power case. */
export function powerSetup(power: PowerCase): { scenario: Scenario; plan: Plan } {
  const setup = singleStage(power.threshold, power.percent, power.minutes, [power.regression]);
  const requestsPerVisit = power.requestsPerVisit ?? 1;
  return {
    scenario: {
      ...setup.scenario,
      traffic: { ...FLAT_TRAFFIC, ...power.traffic, requestsPerMinute: power.requestsPerMinute },
      segments: setup.scenario.segments.map((segment) => ({ ...segment, requestsPerVisit })),
    },
    plan: setup.plan,
  };
}

/**
 * Power of the textbook alternative: one z-test of "move ≤ limit" at the hold's end, at the
 * same one-sided α, with the end-of-hold variance of the engine's own estimate (the power
 * helper's variance model, which the tests check against the engine separately).
 */
export function fixedHorizonPower(power: PowerCase, alpha: number): number {
  const { scenario, plan } = powerSetup(power);
  const lag =
    power.threshold.metric === 'conversion'
      ? unseenConversionMinutes(purchaseArrivals(scenario.monitoring), power.minutes)
      : 0;
  const variance =
    variancePerMinute(scenario, plan, 0, power.threshold, power.effect) / (power.minutes - lag);
  const critical = inverseNormalCdf(1 - alpha);
  return normalCdf((power.effect - power.threshold.limit) / Math.sqrt(variance) - critical);
}

/** z with Φ(z) = p, by bisection (a test helper: precision, not speed). */
function inverseNormalCdf(p: number): number {
  let low = -10;
  let high = 10;
  for (let step = 0; step < 80; step++) {
    const middle = (low + high) / 2;
    if (normalCdf(middle) < p) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** Cases where the power helper is compared with the engine, each in the steep part of its curve. */
export const HELPER_CASES: readonly PowerCase[] = [
  {
    name: 'p99 +120 ms at 1 % for 1 h (limit 100 ms)',
    threshold: { metric: 'latency_p99', limit: 100, unit: 'ms', compare: 'control' },
    percent: 1,
    minutes: 60,
    requestsPerMinute: 20_000,
    regression: p99Move(120),
    effect: 120,
  },
  {
    name: 'conversion −6 % at 5 % for 4 h (limit 2 %)',
    threshold: { metric: 'conversion', limit: 2, unit: 'pct', compare: 'cohort' },
    percent: 5,
    minutes: 240,
    requestsPerMinute: 20_000,
    regression: regression({
      effects: [{ metric: 'conversion', change: 'relative', amount: -0.06 }],
    }),
    effect: 6,
  },
  {
    name: 'errors +0.65 pp at 1 % for 4 h (limit 0.5 pp)',
    threshold: { metric: 'error_rate', limit: 0.5, unit: 'pp', compare: 'control' },
    percent: 1,
    minutes: 240,
    requestsPerMinute: 20_000,
    regression: regression({
      effects: [{ metric: 'error_rate', change: 'absolute', amount: 0.0065 }],
    }),
    effect: 0.65,
  },
  {
    // Conversion is counted per visit: five requests make one chance to buy.
    name: 'conversion −10 % at 5 % for 4 h, 5 requests per visit (limit 2 %)',
    threshold: { metric: 'conversion', limit: 2, unit: 'pct', compare: 'cohort' },
    percent: 5,
    minutes: 240,
    requestsPerMinute: 20_000,
    requestsPerVisit: 5,
    regression: regression({
      effects: [{ metric: 'conversion', change: 'relative', amount: -0.1 }],
    }),
    effect: 10,
  },
  {
    // The stage runs 10:00–14:00 on a daily cycle peaking at noon: busier than the mean.
    name: 'errors +0.6 pp at 1 % for 4 h over a busy morning (limit 0.5 pp)',
    threshold: { metric: 'error_rate', limit: 0.5, unit: 'pp', compare: 'control' },
    percent: 1,
    minutes: 240,
    requestsPerMinute: 20_000,
    traffic: { dailySwing: 0.6, peakHour: 12 },
    regression: regression({
      effects: [{ metric: 'error_rate', change: 'absolute', amount: 0.006 }],
    }),
    effect: 0.6,
  },
];
