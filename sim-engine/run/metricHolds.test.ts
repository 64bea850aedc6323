import { describe, expect, it } from 'vitest';
import type { Hold, Plan, Threshold } from '../domain/plan';
import type { RunEvent } from '../domain/run';
import { lateOnset } from '../testing/gateFigures';
import { fixtureScenario, STRONG_PLAN } from '../testing/fixtures';
import { simulate } from './simulate';

const healthy = fixtureScenario({ horizonMinutes: 2 * 1440 });
const oneHold = (hold: Hold, thresholds: Threshold[]): Plan => ({
  ...STRONG_PLAN,
  cohorts: 'random',
  stages: [{ percent: 5, hold }, { percent: 100 }],
  thresholds,
});
const generousErrors: Threshold = {
  metric: 'error_rate',
  limit: 2,
  unit: 'pp',
  compare: 'control',
};
const tinyConversion: Threshold = {
  metric: 'conversion',
  limit: 0.1,
  unit: 'pct',
  compare: 'cohort',
};
const find = <T extends RunEvent['type']>(events: readonly RunEvent[], type: T) =>
  events.find((event): event is Extract<RunEvent, { type: T }> => event.type === type);

describe('a metric hold', () => {
  it('completes after its stable period once every guarded metric is proven inside its limit', () => {
    const plan = oneHold({ type: 'metric', stableMinutes: 60, maxMinutes: 600 }, [generousErrors]);
    const { events } = simulate(healthy, plan, { seed: 3 });
    expect(find(events, 'hold-complete')?.minute).toBe(60);
    expect(find(events, 'stage-inconclusive')).toBeUndefined();
  });

  it('stops as inconclusive at maxMinutes when the data cannot decide, and rolls back by default', () => {
    const plan = oneHold({ type: 'metric', stableMinutes: 60, maxMinutes: 120 }, [tinyConversion]);
    const { events, outcome } = simulate(healthy, plan, { seed: 3 });
    expect(find(events, 'stage-inconclusive')).toEqual({
      type: 'stage-inconclusive',
      minute: 120,
      stage: 0,
      next: 'rollback',
    });
    expect(find(events, 'rollback-requested')).toEqual({
      type: 'rollback-requested',
      minute: 120,
      reason: 'inconclusive',
    });
    expect(find(events, 'breach')).toBeUndefined();
    expect(outcome.inconclusiveStage).toBe(0);
  });

  it('goes on with the stage’s sign-off when the plan says advance', () => {
    const hold: Hold = {
      type: 'metric',
      stableMinutes: 60,
      maxMinutes: 120,
      onInconclusive: 'advance',
    };
    const { events } = simulate(healthy, oneHold(hold, [tinyConversion]), { seed: 3 });
    expect(find(events, 'stage-inconclusive')?.next).toBe('advance');
    expect(find(events, 'rollback-requested')).toBeUndefined();
    expect(find(events, 'full-rollout')).toBeDefined();
  });

  it('keeps restarting on amber checks only when the plan acts on point estimates', () => {
    const hold: Hold = { type: 'metric', stableMinutes: 60, maxMinutes: 600 };
    const zero: Threshold = { ...generousErrors, limit: 0 };
    const point = simulate(healthy, { ...oneHold(hold, [zero]), significance: null }, { seed: 3 });
    // A zero limit on a healthy release: a point-estimate gate sees half its checks amber.
    expect(find(point.events, 'hold-complete')?.minute ?? Infinity).toBeGreaterThan(60);
  });
});

describe('the window a gate read', () => {
  it('is named in the breach event and in the series: after the onset for a late regression', () => {
    const { scenario, plan } = lateOnset(1080);
    const { events, series } = simulate(scenario, plan, { seed: 1 });
    const breach = find(events, 'breach');
    expect(breach?.windowStart).toBeGreaterThan(0);
    const line = series.thresholds[0];
    const index = (breach?.minute ?? 0) / 5 - 1;
    expect(line?.windowStart[index]).toBe(breach?.windowStart);
  });
});
