import { describe, expect, it } from 'vitest';
import { simulate, strongPlanFor } from '../../../sim-engine/index';
import type { Outcome } from '../../../sim-engine/index';
import { loadBuiltInLibrary } from '../engine/library';
import { counterfactualVerdict } from './counterfactualVerdict';

/** A real outcome to vary: the strong plan on the first built-in scenario with a regression. */
function realOutcome(): Outcome {
  const scenario = loadBuiltInLibrary().scenarios.find((s) => s.regressions.length > 0);
  if (!scenario) throw new Error('No scenario with a regression.');
  return simulate(scenario, strongPlanFor(scenario), { seed: 1 }).outcome;
}

const caught = (): Outcome => ({
  ...realOutcome(),
  regressionPresent: true,
  rollbackCause: 'regression',
  caught: true,
  caughtInTime: true,
  percentAtDetection: 5,
  onsetMinute: 60,
  detectionMinute: 250,
  minutesToRollback: 10,
});

describe('counterfactualVerdict', () => {
  it('calls a rollback on the regression a catch, at its share and time after onset', () => {
    expect(counterfactualVerdict(caught())).toBe('Caught at 5 % after 3 h 10 min');
  });

  it('says when a catch’s rollback took over an hour', () => {
    const slow = { ...caught(), caughtInTime: false, minutesToRollback: 180 };
    expect(counterfactualVerdict(slow)).toBe(
      'Caught at 5 % after 3 h 10 min, but the rollback took 3 h',
    );
  });

  it('calls a rollback on noise a false alarm even while a regression is present', () => {
    const noise = { ...caught(), rollbackCause: 'noise' as const, caught: false };
    expect(counterfactualVerdict(noise)).toBe(
      'False alarm: rolled back on noise, not on the regression',
    );
    expect(counterfactualVerdict({ ...noise, regressionPresent: false, caught: null })).toBe(
      'False alarm: rolled back a healthy release on noise',
    );
  });

  it('calls an undecided hold a stop, not a catch', () => {
    const undecided = { ...caught(), rollbackCause: 'inconclusive' as const, caught: false };
    expect(counterfactualVerdict(undecided)).toBe(
      'Stopped undecided at 5 %: the data could not settle the hold',
    );
  });

  it('tells a miss from a healthy release shipped', () => {
    const none = { ...caught(), rollbackCause: null, caught: false };
    expect(counterfactualVerdict(none)).toBe('Missed the regression');
    const healthy = { ...none, regressionPresent: false, caught: null, reachedFullRollout: true };
    expect(counterfactualVerdict(healthy)).toBe('Healthy release shipped, no false alarm');
  });
});
