import { describe, expect, it } from 'vitest';
import type { Plan } from '../domain/plan';
import type { RunResult } from '../domain/run';
import { createStreamFactory } from '../random/stream';
import { fixtureScenario, regression, STRONG_PLAN, WEAK_PLAN } from '../testing/fixtures';
import { createScenarioClock } from '../clock/localTime';
import { requestsPerMinuteAt } from '../traffic/trafficCurve';
import { simulate } from './simulate';

const healthy = fixtureScenario();
const broken = fixtureScenario({ regressions: [regression()] });

function comparable(result: RunResult) {
  const arrays = (record: Record<string, ArrayLike<number>>) =>
    Object.fromEntries(Object.entries(record).map(([key, values]) => [key, Array.from(values)]));
  return {
    outcome: result.outcome,
    events: result.events,
    share: Array.from(result.series.canaryShare),
    canary: arrays(result.series.canary),
    control: arrays(result.series.control),
    thresholds: result.series.thresholds.map((line) => arrays({ ...line })),
  };
}

describe('simulate', () => {
  it('gives the identical result for the same scenario, plan and seed, across many seeds', () => {
    const pick = createStreamFactory('determinism-property');
    const stream = pick('seeds');
    for (let trial = 0; trial < 12; trial++) {
      const seed = Math.floor(stream.next() * 1e9);
      const plan = trial % 2 === 0 ? STRONG_PLAN : WEAK_PLAN;
      const scenario = trial % 3 === 0 ? healthy : broken;
      expect(comparable(simulate(scenario, plan, { seed }))).toEqual(
        comparable(simulate(scenario, plan, { seed })),
      );
    }
  });

  it('draws different traffic for different seeds', () => {
    const first = simulate(healthy, STRONG_PLAN, { seed: 1 }).series.control['error_rate'];
    const second = simulate(healthy, STRONG_PLAN, { seed: 2 }).series.control['error_rate'];
    expect(Array.from(first ?? [])).not.toEqual(Array.from(second ?? []));
  });

  it('keeps every metric on its own stream: dropping the model metrics leaves error counts unchanged', () => {
    const serviceOnly = fixtureScenario({
      observableMetrics: ['error_rate', 'latency_p99', 'conversion'],
    });
    const withModel = simulate(healthy, STRONG_PLAN, { seed: 5 }).series.control['error_rate'];
    const without = simulate(serviceOnly, STRONG_PLAN, { seed: 5 }).series.control['error_rate'];
    expect(Array.from(without ?? [])).toEqual(Array.from(withModel ?? []));
  });

  it('rolls back a broken release at 1 % when the strong plan guards the broken metric', () => {
    const { outcome } = simulate(broken, STRONG_PLAN, { seed: 3 });
    expect(outcome).toMatchObject({
      caught: true,
      stageAtDetection: 0,
      detectionMetric: 'error_rate',
      reachedFullRollout: false,
    });
    expect(outcome.rollbackCompleteMinute).toBeGreaterThan(outcome.detectionMinute ?? Infinity);
  });

  it('ships a broken release to everyone under the weak plan, which guards nothing', () => {
    const { outcome } = simulate(broken, WEAK_PLAN, { seed: 3 });
    expect(outcome).toMatchObject({
      caught: false,
      reachedFullRollout: true,
      falseRollback: false,
    });
    expect(outcome.exposedUsers).toBeGreaterThan(1_000_000);
  });

  it('reaches full rollout on a healthy release with no exposure to any regression', () => {
    const { outcome } = simulate(healthy, STRONG_PLAN, { seed: 4 });
    expect(outcome).toMatchObject({
      caught: null,
      falseRollback: false,
      reachedFullRollout: true,
      exposedUsers: 0,
    });
  });

  it('never exposes more requests than the new version served, nor more users than a segment has', () => {
    const result = simulate(broken, WEAK_PLAN, { seed: 8 });
    const { series, outcome } = result;
    let served = 0;
    for (let i = 0; i < series.canaryShare.length; i++) {
      served +=
        (series.canaryShare[i] ?? 0) * (series.requestsPerMinute[i] ?? 0) * series.intervalMinutes;
    }
    expect(outcome.exposedRequests).toBeLessThanOrEqual(served * 1.01);
    const users = broken.segments.reduce((sum, segment) => sum + segment.users, 0);
    expect(outcome.exposedUsers).toBeLessThanOrEqual(users);
  });

  it("splits every interval's traffic between the arms without losing or adding a request", () => {
    const scenario = broken;
    const result = simulate(scenario, STRONG_PLAN, { seed: 6 });
    const { series, outcome } = result;
    const minutes = series.intervalMinutes;
    for (let i = 0; i < series.canaryRequests.length; i++) {
      let traffic = 0;
      const clock = createScenarioClock(scenario.start);
      for (let m = i * minutes; m < (i + 1) * minutes; m++)
        traffic += requestsPerMinuteAt(scenario.traffic, clock, m);
      const served = (series.canaryRequests[i] ?? 0) + (series.controlRequests[i] ?? 0);
      if (i * minutes + minutes <= outcome.endMinute) expect(served).toBeCloseTo(traffic, 6);
    }
    const canaryTotal = series.canaryRequests.reduce((sum, value) => sum + value, 0);
    expect(outcome.exposedRequests).toBeLessThanOrEqual(Math.round(canaryTotal));
  });

  it('keeps counting exposure until a slow rollback completes', () => {
    const redeploy: Plan = {
      ...STRONG_PLAN,
      rollback: { ...STRONG_PLAN.rollback, mechanism: 'redeploy' },
    };
    const fast = simulate(broken, STRONG_PLAN, { seed: 9 }).outcome;
    const slow = simulate(broken, redeploy, { seed: 9 }).outcome;
    expect(slow.detectionMinute).toBe(fast.detectionMinute);
    expect((slow.rollbackCompleteMinute ?? 0) - (fast.rollbackCompleteMinute ?? 0)).toBe(40 - 3);
    expect(slow.exposedRequests).toBeGreaterThan(fast.exposedRequests * 3);
  });

  it('records an override of a threshold as an event and in the outcome', () => {
    const result = simulate(healthy, STRONG_PLAN, {
      seed: 2,
      overrides: [{ atMinute: 30, thresholdIndex: 0, limit: 2 }],
    });
    expect(result.events).toContainEqual({
      type: 'override',
      minute: 30,
      thresholdIndex: 0,
      limit: 2,
    });
    expect(result.outcome.overridesUsed).toBe(1);
  });

  it('ends the run at the horizon when the ramp has not finished', () => {
    const short = fixtureScenario({ horizonMinutes: 600 });
    const result = simulate(short, STRONG_PLAN, { seed: 1 });
    expect(result.outcome).toMatchObject({ reachedFullRollout: false, endMinute: 600 });
    expect(result.events.at(-1)).toEqual({ type: 'horizon-reached', minute: 600 });
    expect(result.series.canaryShare).toHaveLength(120);
  });
});
