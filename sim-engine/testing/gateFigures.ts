import type { Plan, Threshold } from '../domain/plan';
import type { RunEvent } from '../domain/run';
import type { Regression, Scenario } from '../domain/scenario';
import { latencyQuantile } from '../metrics/latencyHistogram';
import { simulate } from '../run/simulate';
import { fixtureScenario, regression, STRONG_PLAN } from './fixtures';

/*
 * The gates' promises as runnable figures, shared by the tests (a few hundred seeds) and the
 * gates bench (more seeds): each returns counts, so callers print exact intervals.
 */

/** The seven metrics at the limits a careful team would set. */
export const SEVEN_METRICS: readonly Threshold[] = [
  { metric: 'error_rate', limit: 0.5, unit: 'pp', compare: 'control' },
  { metric: 'latency_p99', limit: 200, unit: 'ms', compare: 'control' },
  { metric: 'latency_p95', limit: 10, unit: 'pct', compare: 'control' },
  { metric: 'conversion', limit: 2, unit: 'pct', compare: 'cohort' },
  { metric: 'hallucination_rate', limit: 1, unit: 'pp', compare: 'control' },
  { metric: 'thumbs_down_rate', limit: 10, unit: 'pct', compare: 'cohort' },
  { metric: 'token_cost', limit: 10, unit: 'pct', compare: 'control' },
];

/** Flat traffic: power questions about one stage should not depend on the hour. */
export const FLAT_TRAFFIC = {
  requestsPerMinute: 20_000,
  dailySwing: 0,
  peakHour: 14,
  weekendFactor: 1,
};

/** The fixture's p99 (every segment has the same body): the base of latency moves. */
export const FIXTURE_P99 = latencyQuantile(
  { medianMs: 120, logSpread: 0.5, tailShare: 0, tailAddMs: 0 },
  0.99,
);

/** A latency regression that moves p99 by exactly `ms` (the whole shape stretched). */
export function p99Move(ms: number, changes: Partial<Regression> = {}): Regression {
  return regression({
    id: 'latency',
    effects: [{ metric: 'latency', change: 'scale', amount: 1 + ms / FIXTURE_P99 }],
    ...changes,
  });
}

export interface RunTally {
  readonly seeds: number;
  /** Rollbacks requested on a proven breach. */
  readonly breaches: number;
  /** Stages the data could not decide (whatever the plan did next). */
  readonly inconclusive: number;
  readonly rolledBackInconclusive: number;
  readonly shipped: number;
  /** Breaches at or before `byMinute`. */
  readonly caughtBy: number;
}

const has = (events: readonly RunEvent[], type: RunEvent['type']) =>
  events.some((event) => event.type === type);

/** Runs seeds 1…n and counts how each ended. */
export function tallyRuns(
  scenario: Scenario,
  plan: Plan,
  seeds: number,
  byMinute = Number.POSITIVE_INFINITY,
  firstSeed = 1,
): RunTally {
  let breaches = 0;
  let inconclusive = 0;
  let rolledBackInconclusive = 0;
  let shipped = 0;
  let caughtBy = 0;
  for (let seed = firstSeed; seed < firstSeed + seeds; seed++) {
    const { events } = simulate(scenario, plan, { seed });
    const breach = events.find((event) => event.type === 'breach');
    if (breach) breaches++;
    if (breach && breach.minute <= byMinute) caughtBy++;
    if (has(events, 'stage-inconclusive')) inconclusive++;
    if (
      events.some((event) => event.type === 'rollback-requested' && event.reason === 'inconclusive')
    )
      rolledBackInconclusive++;
    if (has(events, 'full-rollout')) shipped++;
  }
  return { seeds, breaches, inconclusive, rolledBackInconclusive, shipped, caughtBy };
}

/** The seed's strong ramp (metric holds of 6–12 h stable, up to 1–2 days) on a healthy week. */
export function aaWholeRamp(thresholds: readonly Threshold[]): { scenario: Scenario; plan: Plan } {
  return {
    // The ramp reaches 100 % on day 4 (Friday): the horizon ends there.
    scenario: fixtureScenario({ horizonMinutes: 4 * 1440 }),
    plan: { ...STRONG_PLAN, thresholds: [...thresholds] },
  };
}

/** Time holds over a whole ramp, every guarded metric's true move exactly at its limit. */
export function nullBoundary(): { scenario: Scenario; plan: Plan } {
  const atLimit = [
    regression({
      id: 'errors',
      effects: [{ metric: 'error_rate', change: 'absolute', amount: 0.005 }],
    }),
    regression({
      id: 'conversion',
      effects: [{ metric: 'conversion', change: 'relative', amount: -0.02 }],
    }),
    p99Move(200),
  ];
  return {
    scenario: fixtureScenario({ regressions: atLimit, horizonMinutes: 4 * 1440 }),
    plan: {
      ...STRONG_PLAN,
      stages: [
        { percent: 1, hold: { type: 'time', minutes: 240 } },
        { percent: 5, hold: { type: 'time', minutes: 720 } },
        { percent: 25, hold: { type: 'time', minutes: 1440 } },
        { percent: 50, hold: { type: 'time', minutes: 720 } },
        { percent: 100 },
      ],
      thresholds: STRONG_PLAN.thresholds,
    },
  };
}

/** One stage at `percent` held `minutes`, one threshold, on flat traffic; a random slice. */
export function singleStage(
  threshold: Threshold,
  percent: number,
  minutes: number,
  regressions: readonly Regression[],
): { scenario: Scenario; plan: Plan } {
  return {
    scenario: fixtureScenario({
      traffic: FLAT_TRAFFIC,
      horizonMinutes: minutes + 120,
      regressions: [...regressions],
    }),
    plan: {
      ...STRONG_PLAN,
      cohorts: 'random',
      stages: [{ percent, hold: { type: 'time', minutes } }, { percent: 100 }],
      thresholds: [threshold],
    },
  };
}

/** A 24 h stage at 5 % guarding errors at 0.5 pp; +1.0 pp appears after `onsetMinutes`. */
export function lateOnset(onsetMinutes: number): { scenario: Scenario; plan: Plan } {
  return singleStage(
    { metric: 'error_rate', limit: 0.5, unit: 'pp', compare: 'control' },
    5,
    1440,
    [
      regression({
        effects: [{ metric: 'error_rate', change: 'absolute', amount: 0.01 }],
        onset: { type: 'delayed', afterMinutes: onsetMinutes },
      }),
    ],
  );
}

/** The fixture's week guarding p99 at 200 ms over the strong ramp, p99 moved by `ms`. */
export function latencyAtLimit(ms: number): { scenario: Scenario; plan: Plan } {
  return {
    scenario: fixtureScenario({
      regressions: ms === 0 ? [] : [p99Move(ms)],
      horizonMinutes: 4 * 1440,
    }),
    plan: {
      ...nullBoundary().plan,
      thresholds: [{ metric: 'latency_p99', limit: 200, unit: 'ms', compare: 'control' }],
    },
  };
}
