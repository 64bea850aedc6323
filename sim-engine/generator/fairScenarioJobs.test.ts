import { describe, expect, it } from 'vitest';
import { forgetThresholdTrials } from '../scoring/thresholdTrials';
import {
  runCalibrationJob,
  runJobsOnHelpers,
  type CalibrationJob,
  type CalibrationJobResult,
} from './calibrationJobs';
import { generateFairScenario, generateFairScenarioWith } from './fairScenario';
import type { GenerationRequest } from './request';

/** A stand-in for another thread: the job and its result cross as copies, after a delay. */
function threadLike(delay: () => number) {
  const jobs: CalibrationJob[] = [];
  const run = (job: CalibrationJob) =>
    new Promise<CalibrationJobResult>((resolve) => {
      jobs.push(job);
      const copy = structuredClone(job);
      setTimeout(() => resolve(structuredClone(runCalibrationJob(copy))), delay());
    });
  return { run, jobs };
}

// Requests: a regressed introductory draw, a hard draw, a healthy release under a drifting
// calendar (whose scoring bar is the scenario's own strong answer, not the pack's plan), and a
// hard request whose first draw is unfair on 10 seeds (fair on its second).
const REQUESTS: readonly GenerationRequest[] = [
  { seed: 3, level: 'introductory' },
  { seed: 70_003, level: 'hard' },
  { seed: 27, level: 'standard' },
  { seed: 100_003, level: 'hard' },
];

describe('calibration cut into jobs for two threads', () => {
  it('offers the same scenario and calibration, bit for bit, whichever helper ran which job and in what order', async () => {
    for (const request of REQUESTS) {
      forgetThresholdTrials();
      const here = generateFairScenario(request, { seeds: 10 });
      forgetThresholdTrials();
      let turn = 0;
      const first = threadLike(() => (turn++ * 7) % 5);
      const second = threadLike(() => (turn++ * 3) % 4);
      const progress: [number, number][] = [];
      const shared = await generateFairScenarioWith(
        request,
        (jobs) => runJobsOnHelpers(jobs, [first.run, second.run]),
        { seeds: 10, onProgress: (done, total) => progress.push([done, total]) },
      );
      expect(JSON.stringify(shared)).toBe(JSON.stringify(here));
      expect(shared).toEqual(here);
      // Both helpers worked, and the threshold trials were among the jobs, not run by scoring.
      expect(first.jobs.length).toBeGreaterThan(0);
      expect(second.jobs.length).toBeGreaterThan(0);
      const kinds = [...first.jobs, ...second.jobs].map((job) => job.kind);
      expect(kinds).toContain('trial');
      expect(progress.at(-1)).toEqual([21, 21]);
      expect(progress.every(([done, total]) => done >= 1 && done <= total)).toBe(true);
    }
  });

  it('gives back results in the jobs order, not the order they finished', async () => {
    const delays = [30, 0, 10, 5];
    const results = await runJobsOnHelpers(
      [0, 1, 2, 3],
      [
        (job: number) =>
          new Promise<string>((done) => setTimeout(() => done(`a${job}`), delays[job])),
        (job: number) =>
          new Promise<string>((done) => setTimeout(() => done(`b${job}`), delays[job])),
      ],
    );
    expect(results.map((result) => result.slice(1))).toEqual(['0', '1', '2', '3']);
  });

  it('says what is missing when there is no helper to run jobs on', async () => {
    await expect(runJobsOnHelpers([1], [])).rejects.toThrow(/at least one helper/);
  });
});
