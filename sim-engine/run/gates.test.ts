import { describe, expect, it } from 'vitest';
import type { Plan } from '../domain/plan';
import type { RunEvent } from '../domain/run';
import { fixtureScenario, regression, STRONG_PLAN } from '../testing/fixtures';
import { simulate } from './simulate';

// Starts Tuesday 10:00; a regression that appears after 16 hours breaks at Wednesday 02:00.
// Gates read the stage's cumulative counts, so it must be large to breach within the night.
const nightBreak = fixtureScenario({
  regressions: [
    regression({
      effects: [{ metric: 'error_rate', change: 'absolute', amount: 0.1 }],
      onset: { type: 'delayed', afterMinutes: 16 * 60 },
    }),
  ],
});
const quickPlan = (changes: Partial<Plan>): Plan => ({
  ...STRONG_PLAN,
  stages: [
    { percent: 5, hold: { type: 'time', minutes: 3 * 1440 }, signOff: 'pm' },
    { percent: 100 },
  ],
  ...changes,
});
const find = <T extends RunEvent['type']>(events: readonly RunEvent[], type: T) =>
  events.find((event): event is Extract<RunEvent, { type: T }> => event.type === type);

describe('rollback authority', () => {
  it('waits until 09:00 plus response time when only business hours are covered', () => {
    const plan = quickPlan({
      rollback: { authorizers: ['pm'], coverage: 'business-hours', mechanism: 'routing' },
    });
    const { events } = simulate(nightBreak, plan, { seed: 1 });
    const requested = find(events, 'rollback-requested');
    const authorized = find(events, 'rollback-authorized');
    // Wednesday 09:00 is minute 23 * 60 from Tuesday 10:00.
    expect(requested?.minute).toBeGreaterThan(16 * 60);
    expect(requested?.minute).toBeLessThan(20 * 60);
    expect(authorized).toEqual({ type: 'rollback-authorized', minute: 23 * 60 + 10, role: 'pm' });
  });

  it('pages the on-call engineer at night when the plan covers 24x7', () => {
    const plan = quickPlan({
      rollback: { authorizers: ['oncall-sre'], coverage: '24x7', mechanism: 'routing' },
    });
    const { events } = simulate(nightBreak, plan, { seed: 1 });
    const requested = find(events, 'rollback-requested');
    expect(find(events, 'rollback-authorized')?.minute).toBe((requested?.minute ?? 0) + 5);
  });

  it('rolls back at once when anyone (an automated check) may roll back', () => {
    const plan = quickPlan({
      rollback: { authorizers: ['anyone'], coverage: 'business-hours', mechanism: 'flag' },
    });
    const { events } = simulate(nightBreak, plan, { seed: 1 });
    const requested = find(events, 'rollback-requested');
    expect(find(events, 'rollback-complete')?.minute).toBe((requested?.minute ?? 0) + 1);
  });
});

describe('sign-off', () => {
  it('waits for the next working morning when a hold ends at night', () => {
    const plan = quickPlan({
      stages: [
        { percent: 5, hold: { type: 'time', minutes: 12 * 60 }, signOff: 'pm' },
        { percent: 100 },
      ],
    });
    const { events } = simulate(fixtureScenario(), plan, { seed: 1 });
    expect(find(events, 'sign-off-waiting')).toMatchObject({
      minute: 12 * 60,
      availableAt: 23 * 60,
    });
    expect(find(events, 'full-rollout')?.minute).toBe(23 * 60);
  });

  it('advances at once when a stage has no sign-off role', () => {
    const plan = quickPlan({
      stages: [{ percent: 5, hold: { type: 'time', minutes: 12 * 60 } }, { percent: 100 }],
    });
    const { events } = simulate(fixtureScenario(), plan, { seed: 1 });
    expect(find(events, 'full-rollout')?.minute).toBe(12 * 60);
  });
});

describe('metric holds', () => {
  it('give up and roll back when a guarded metric never settles inside its threshold', () => {
    const plan = quickPlan({
      stages: [
        { percent: 5, hold: { type: 'metric', stableMinutes: 120, maxMinutes: 600 } },
        { percent: 100 },
      ],
      thresholds: [{ metric: 'conversion', limit: 0, unit: 'pct', compare: 'control' }],
    });
    // Staff convert far less than customers: against all control, conversion looks down.
    const scenario = fixtureScenario({ segments: fixtureScenario().segments });
    const { outcome, events } = simulate(
      scenario,
      { ...plan, cohorts: ['internal', 'early-access'] },
      { seed: 2 },
    );
    expect(find(events, 'stage-inconclusive') ?? find(events, 'breach')).toBeDefined();
    expect(outcome.falseRollback).toBe(true);
  });
});
