import { describe, expect, it } from 'vitest';
import { settledRuns } from '../run/settledRun';
import { simulate } from '../run/simulate';
import { forgetThresholdTrials, thresholdTrialJobs } from '../scoring/thresholdTrials';
import { plansNeedingTrials } from './calibrationSteps';
import { generateScenarioEntry } from './generateScenario';
import type { GenerationRequest } from './request';

/** Draws of every level, hard ones twice: the scenarios calibration plays trials on. */
const REQUESTS: readonly GenerationRequest[] = [
  { seed: 61, level: 'introductory' },
  { seed: 62, level: 'standard' },
  { seed: 63, level: 'hard' },
  { seed: 64, level: 'hard' },
];

describe('threshold trials of generated scenarios', () => {
  forgetThresholdTrials();
  // Every trial job calibration would run, each threshold alone, healthy and regressed: the
  // first seed of each (the bench test/bench/trialRunsSettled.ts plays them all).
  const cases = REQUESTS.flatMap((request) => {
    const generated = generateScenarioEntry(request);
    return plansNeedingTrials(generated).flatMap((plan) =>
      thresholdTrialJobs(generated.scenario, plan).map((job) => ({ job, seed: job.seeds[0] ?? 0 })),
    );
  });
  const answers = cases.map(({ job, seed }) => {
    const whole = simulate(job.scenario, job.plan, { seed }).outcome;
    return {
      whole: [
        whole.caught,
        whole.rollbackRequestedMinute,
        whole.rollbackCause,
        whole.reachedFullRollout,
      ],
      settled: Object.values(settledRuns(job.scenario, job.plan)(seed)),
    };
  });

  it('read each run stopped where it is settled as the whole run reads it', () => {
    expect(cases.length).toBeGreaterThan(100);
    expect(answers.map((answer) => answer.settled)).toEqual(answers.map((answer) => answer.whole));
  });

  it('include runs that reach everyone and catches', () => {
    const count = (test: (whole: readonly unknown[]) => boolean) =>
      answers.filter(({ whole }) => test(whole)).length;
    expect(count((whole) => whole[3] === true)).toBeGreaterThan(20);
    expect(count((whole) => whole[0] === true)).toBeGreaterThan(0);
  });
});
