import { describe, expect, it } from 'vitest';
import type { Plan } from '../domain/plan';
import type { Scenario } from '../domain/scenario';
import { thresholdTrialJobs } from '../scoring/thresholdTrials';
import { fixtureScenario, regression, STRONG_PLAN } from '../testing/fixtures';
import { builtInLibrary } from '../../scenarios/library';
import { settledRuns, type SettledOutcome } from './settledRun';
import { simulate } from './simulate';

/** The whole run's answer to what a settled run promises. */
function wholeRun(scenario: Scenario, plan: Plan, seed: number): SettledOutcome {
  const { caught, rollbackRequestedMinute, rollbackCause, reachedFullRollout } = simulate(
    scenario,
    plan,
    { seed },
  ).outcome;
  return { caught, rollbackRequestedMinute, rollbackCause, reachedFullRollout };
}

/** A plan whose 5 % stage gives up after two hours without proof, and rolls back. */
const IMPATIENT: Plan = {
  ...STRONG_PLAN,
  stages: STRONG_PLAN.stages.map((stage) =>
    stage.hold?.type === 'metric'
      ? { ...stage, hold: { ...stage.hold, maxMinutes: 120, onInconclusive: 'rollback' } }
      : stage,
  ),
};

/**
 * A trial's runs: every threshold alone of each library scenario's references, healthy and
 * regressed, and of a plan that rolls back an undecided hold on the fixture.
 */
function trialCases() {
  const library = builtInLibrary();
  const pairs = library.scenarios.flatMap((scenario) => {
    const plans = library.referencePlans[scenario.id];
    return [plans?.strong ?? STRONG_PLAN, plans?.weak ?? STRONG_PLAN].map((plan) => ({
      scenario,
      plan,
    }));
  });
  const fixture = fixtureScenario({ regressions: [regression({ segments: ['general'] })] });
  pairs.push({ scenario: fixture, plan: IMPATIENT });
  // The first seed of each half of every trial job: two seeds per threshold and copy.
  return pairs.flatMap(({ scenario, plan }) =>
    thresholdTrialJobs(scenario, plan).map((job) => ({
      name: `${scenario.id}/${job.plan.thresholds[0]?.metric}/${job.scenario.regressions.length > 0 ? 'regressed' : 'healthy'}/${job.seeds[0]}`,
      scenario: job.scenario,
      plan: job.plan,
      seed: job.seeds[0] ?? 0,
    })),
  );
}

describe('a threshold trial’s run, stopped where what the trial reads is settled', () => {
  // Any reading breaches at every check (limit far below anything, point reading).
  const breachesAtOnce: Plan = {
    ...STRONG_PLAN,
    significance: null,
    thresholds: [{ metric: 'error_rate', limit: -100, unit: 'pp', compare: 'control' }],
  };

  it('calls a breach at the very check a regression begins noise, as the whole run does: the gate read none of it', () => {
    // The onset is noted at the first check's minute; the data that check read ends there.
    const scenario = fixtureScenario({
      regressions: [regression({ onset: { type: 'delayed', afterMinutes: 5 } })],
    });
    const whole = wholeRun(scenario, breachesAtOnce, 1);
    expect(whole).toEqual({
      caught: false,
      rollbackRequestedMinute: 5,
      rollbackCause: 'noise',
      reachedFullRollout: false,
    });
    expect(settledRuns(scenario, breachesAtOnce)(1)).toEqual(whole);
  });

  it('counts a breach one check after a regression begins as a catch, as the whole run does', () => {
    const scenario = fixtureScenario({
      regressions: [regression({ onset: { type: 'delayed', afterMinutes: 0 } })],
    });
    const whole = wholeRun(scenario, breachesAtOnce, 1);
    expect(whole).toEqual({
      caught: true,
      rollbackRequestedMinute: 5,
      rollbackCause: 'regression',
      reachedFullRollout: false,
    });
    expect(settledRuns(scenario, breachesAtOnce)(1)).toEqual(whole);
  });

  const cases = trialCases();
  const settled = cases.map(({ scenario, plan, seed }) => settledRuns(scenario, plan)(seed));
  const whole = cases.map(({ scenario, plan, seed }) => wholeRun(scenario, plan, seed));

  it('gives the whole run’s caught, rollback, cause and full rollout on every library scenario, each reference threshold alone', () => {
    const differing = cases.flatMap((item, index) =>
      JSON.stringify(settled[index]) === JSON.stringify(whole[index]) ? [] : [item.name],
    );
    expect(differing).toEqual([]);
  });

  it('covers runs that reach everyone, catches, false alarms and rollbacks of an undecided hold', () => {
    const count = (test: (run: SettledOutcome) => boolean) => whole.filter(test).length;
    expect(cases.length).toBeGreaterThan(300);
    expect(count((run) => run.reachedFullRollout)).toBeGreaterThan(100);
    expect(count((run) => run.caught === true)).toBeGreaterThan(10);
    expect(count((run) => run.rollbackCause === 'noise')).toBeGreaterThan(0);
    expect(count((run) => run.rollbackCause === 'inconclusive')).toBeGreaterThan(0);
  });
});
