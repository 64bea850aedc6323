import { describe, expect, it } from 'vitest';
import type { Outcome, Plan, Scenario, Score } from '../../../sim-engine/index';
import { mostValuableFix, verdictLine } from './verdict';

const base: Outcome = {
  regressionPresent: true,
  caught: true,
  stageAtDetection: 1,
  percentAtDetection: 5,
  detectionMinute: 190,
  detectionMetric: 'latency_p99',
  onsetMinute: 150,
  rollbackRequestedMinute: 190,
  rollbackCompleteMinute: 195,
  rollbackReason: 'breach',
  rollbackCause: 'regression',
  minutesToRollback: 5,
  caughtInTime: true,
  inconclusiveStage: null,
  exposedUsers: 1240,
  exposedRequests: 9000,
  excessErrors: 0,
  lostConversions: 0,
  lostRevenue: 0,
  falseRollback: false,
  reachedFullRollout: false,
  minutesToFullRollout: null,
  overridesUsed: 0,
  endMinute: 200,
};
const errorPlan = {
  thresholds: [{ metric: 'error_rate', limit: 0.5, unit: 'pp', compare: 'control' }],
} as unknown as Plan;
const latencyRegression: Pick<Scenario, 'regressions'> = {
  regressions: [
    {
      id: 'slow',
      segments: [],
      onset: { type: 'immediate' },
      cause: '',
      effects: [{ metric: 'latency', change: 'scale', amount: 2 }],
    },
  ],
};
const healthy: Pick<Scenario, 'regressions'> = { regressions: [] };

describe('verdictLine', () => {
  it('says where, when and by what a regression was caught, and who met it', () => {
    expect(verdictLine(base, errorPlan, latencyRegression)).toEqual({
      tone: 'good',
      text: 'Caught at 5 % after 3 h 10 min by p99 latency, 40 min after the regression began; 1,240 users met it.',
    });
  });

  it('names the moved metric the plan did not watch when the regression got out', () => {
    const missed = {
      ...base,
      caught: false,
      detectionMinute: null,
      detectionMetric: null,
      percentAtDetection: null,
      rollbackRequestedMinute: null,
      rollbackReason: null,
      reachedFullRollout: true,
      minutesToFullRollout: 60,
      exposedUsers: 388800,
    };
    expect(verdictLine(missed, errorPlan, latencyRegression).text).toBe(
      'Missed: the regression went out to everyone (100 % after 1 h); 388,800 users met it. Your plan did not watch latency, which the regression moved.',
    );
  });

  it('calls a stop on an undecided hold what it was, even when the regression was real', () => {
    const stopped = {
      ...base,
      detectionMetric: null,
      caught: false,
      rollbackReason: 'inconclusive' as const,
      rollbackCause: 'inconclusive' as const,
      inconclusiveStage: 1,
    };
    const verdict = verdictLine(stopped, errorPlan, latencyRegression);
    expect(verdict.tone).toBe('mixed');
    expect(verdict.text).toMatch(/^Stopped at 5 % after 3 h 10 min: stage 2 could not decide/);
    expect(verdict.text).toMatch(/no limit proved it/);
  });

  it('calls a rollback on noise a false alarm even when a regression was present', () => {
    const noise = { ...base, caught: false, falseRollback: true, rollbackCause: 'noise' as const };
    const verdict = verdictLine(noise, errorPlan, latencyRegression);
    expect(verdict.tone).toBe('bad');
    expect(verdict.text).toMatch(
      /^False alarm at 5 % after 3 h 10 min: p99 latency breached on noise/,
    );
  });

  it('does not call a rollback that waited hours a catch in time', () => {
    const slow = { ...base, caughtInTime: false, minutesToRollback: 330 };
    const verdict = verdictLine(slow, errorPlan, latencyRegression);
    expect(verdict.tone).toBe('mixed');
    expect(verdict.text).toMatch(/The rollback took 5 h 30 min to complete/);
  });

  it('calls a rollback of a healthy release a false alarm', () => {
    const falseAlarm = {
      ...base,
      regressionPresent: false,
      caught: null,
      falseRollback: true,
      onsetMinute: null,
    };
    expect(verdictLine(falseAlarm, errorPlan, healthy)).toEqual({
      tone: 'bad',
      text: 'False alarm: a healthy release was rolled back at 5 % after 3 h 10 min on noise in p99 latency.',
    });
  });

  it('credits a healthy ship without inventing a catch', () => {
    const shipped = {
      ...base,
      regressionPresent: false,
      caught: null,
      detectionMinute: null,
      detectionMetric: null,
      percentAtDetection: null,
      onsetMinute: null,
      rollbackRequestedMinute: null,
      rollbackReason: null,
      reachedFullRollout: true,
      minutesToFullRollout: 2820,
      exposedUsers: 0,
    };
    expect(verdictLine(shipped, errorPlan, healthy)).toEqual({
      tone: 'good',
      text: 'Healthy release shipped: 100 % after 47 h, no false alarm.',
    });
  });
});

const score = (costs: number[], penalty = 0): Score => ({
  total: 50,
  band: 'adequate',
  penalties: penalty > 0 ? [{ reason: '1 hint used', points: penalty }] : [],
  dimensions: [
    {
      id: 'thresholds',
      title: 'Thresholds',
      points: 10,
      max: 20,
      verdict: 'partial',
      strongCounterpart: 'Guard latency too.',
      evidence: costs.map((cost, i) => ({ text: `fact ${i}`, cost, minute: i * 10 })),
    },
  ],
});

describe('mostValuableFix', () => {
  it('picks the deduction that cost the most, with the moment it points at', () => {
    expect(mostValuableFix(score([2, 6, 3]))).toEqual({
      dimension: 'Thresholds',
      text: 'fact 1',
      cost: 6,
      counterpart: 'Guard latency too.',
      minute: 10,
    });
  });

  it('counts a penalty when it cost more than any fact', () => {
    expect(mostValuableFix(score([1], 2))?.text).toBe('1 hint used');
  });

  it('has nothing to fix when nothing cost points', () => {
    expect(mostValuableFix(score([]))).toBeNull();
  });
});
