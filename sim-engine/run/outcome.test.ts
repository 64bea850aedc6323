import { describe, expect, it } from 'vitest';
import type { GuardedMetric } from '../domain/plan';
import type { RunEvent } from '../domain/run';
import { fixtureScenario, regression, STRONG_PLAN } from '../testing/fixtures';
import { summarizeOutcome, type OutcomeInputs } from './outcome';
import type { ReleaseState } from './releaseState';

// Crafted runs: the outcome's verdict on what was really behind a rollback (issue 13).
const latencyRegression = regression({
  id: 'slow',
  effects: [{ metric: 'latency', change: 'scale', amount: 1.5 }],
  onset: { type: 'delayed', afterMinutes: 60 },
});
const errorRegression = regression({ id: 'errors' });
const ledger = {
  exposedUsers: 10,
  exposedRequests: 100,
  excessErrors: 2,
  lostConversions: 0,
  lostRevenue: 0,
};

const breach = (minute: number, metric: GuardedMetric, thresholdIndex = 0): RunEvent => ({
  type: 'breach',
  minute,
  stage: 1,
  thresholdIndex,
  metric,
  estimate: 1,
  limit: 0.5,
});
// The gates put the first minute of the data they read on the breach (issue 11).
const withWindow = (event: RunEvent, windowStart: number): RunEvent =>
  ({ ...event, windowStart }) as unknown as RunEvent;
const onset = (minute: number, regressionId: string): RunEvent => ({
  type: 'regression-onset',
  minute,
  regressionId,
});
const rollback = (minute: number, completeAfter: number): RunEvent[] => [
  { type: 'rollback-requested', minute, reason: 'breach' },
  { type: 'rollback-complete', minute: minute + completeAfter },
];
const stage1: RunEvent[] = [
  { type: 'stage-entered', minute: 0, stage: 0, percent: 1 },
  { type: 'stage-entered', minute: 60, stage: 1, percent: 5 },
];

function outcomeOf(
  events: RunEvent[],
  regressions = [errorRegression],
  active?: (interval: number) => boolean,
) {
  const length = 400;
  const inputs: OutcomeInputs = {
    scenario: fixtureScenario({ regressions }),
    plan: STRONG_PLAN,
    events,
    ledger,
    state: { stage: 1, fullRolloutMinute: null } as unknown as ReleaseState,
    endMinute: 1000,
    overridesUsed: 0,
    ...(active
      ? {
          series: {
            regressionActive: Uint8Array.from({ length }, (_, i) => (active(i) ? 1 : 0)),
            thresholds: [],
          },
        }
      : {}),
  };
  return summarizeOutcome(inputs);
}

describe('what was behind a rollback', () => {
  it('counts a catch when the breached metric is one the active regression moves', () => {
    const outcome = outcomeOf([
      ...stage1,
      onset(60, 'errors'),
      breach(120, 'error_rate'),
      ...rollback(120, 5),
    ]);
    expect(outcome).toMatchObject({
      caught: true,
      rollbackCause: 'regression',
      falseRollback: false,
      minutesToRollback: 5,
      caughtInTime: true,
    });
  });

  it('calls a breach on a metric the regression does not move a false alarm, not a catch', () => {
    const outcome = outcomeOf(
      [...stage1, onset(60, 'slow'), breach(120, 'error_rate'), ...rollback(120, 5)],
      [latencyRegression],
    );
    expect(outcome).toMatchObject({ caught: false, rollbackCause: 'noise', falseRollback: true });
  });

  it('labels a breach before the regression began as noise', () => {
    const outcome = outcomeOf(
      [...stage1, breach(30, 'latency_p99'), ...rollback(30, 5), onset(60, 'slow')],
      [latencyRegression],
    );
    expect(outcome).toMatchObject({ caught: false, rollbackCause: 'noise', falseRollback: true });
  });

  it('needs the regression active inside the window the gate read', () => {
    const burst = (interval: number) => interval >= 14 && interval < 20; // minutes 70–100
    const events = [...stage1, onset(70, 'errors')];
    const late = outcomeOf(
      [...events, withWindow(breach(300, 'error_rate'), 200), ...rollback(300, 5)],
      [errorRegression],
      burst,
    );
    expect(late.rollbackCause).toBe('noise');
    const read = outcomeOf(
      [...events, withWindow(breach(300, 'error_rate'), 60), ...rollback(300, 5)],
      [errorRegression],
      burst,
    );
    expect(read.rollbackCause).toBe('regression');
  });

  it('keeps an inconclusive stop apart: neither a catch nor a false alarm', () => {
    const outcome = outcomeOf([
      ...stage1,
      onset(60, 'errors'),
      { type: 'stage-inconclusive', minute: 500, stage: 1, next: 'rollback' },
      { type: 'rollback-requested', minute: 500, reason: 'inconclusive' },
      { type: 'rollback-complete', minute: 505 },
    ]);
    expect(outcome).toMatchObject({
      caught: false,
      rollbackCause: 'inconclusive',
      falseRollback: false,
      inconclusiveStage: 1,
    });
  });

  it('does not count a catch whose rollback waited hours for authority as in time', () => {
    const outcome = outcomeOf([
      ...stage1,
      onset(60, 'errors'),
      breach(120, 'error_rate'),
      ...rollback(120, 320),
    ]);
    expect(outcome).toMatchObject({ caught: true, caughtInTime: false, minutesToRollback: 320 });
  });

  it('calls any breach on a healthy release a false alarm, and caught stays null', () => {
    const outcome = outcomeOf([...stage1, breach(90, 'error_rate'), ...rollback(90, 5)], []);
    expect(outcome).toMatchObject({
      caught: null,
      caughtInTime: null,
      falseRollback: true,
      rollbackCause: 'noise',
    });
  });
});
