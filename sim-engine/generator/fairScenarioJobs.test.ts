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

/** Generates on two stand-in threads; a host that honours `wanted` skips what is no longer needed. */
async function onTwoThreads(request: GenerationRequest, honoursWanted: boolean) {
  let turn = 0;
  const first = threadLike(() => (turn++ * 7) % 5);
  const second = threadLike(() => (turn++ * 3) % 4);
  const progress: [number, number][] = [];
  const fair = await generateFairScenarioWith(
    request,
    (jobs, _onRun, wanted) =>
      runJobsOnHelpers(jobs, [first.run, second.run], honoursWanted ? wanted : undefined),
    { seeds: 10, onProgress: (done, total) => progress.push([done, total]) },
  );
  return {
    fair,
    jobs: [...first.jobs, ...second.jobs],
    bothWorked: first.jobs.length > 0 && second.jobs.length > 0,
    progress,
  };
}

describe('calibration cut into jobs for two threads', () => {
  it('offers the same scenario and calibration, bit for bit, whichever helper ran which job and in what order, and whatever it skipped as no longer needed', async () => {
    for (const request of REQUESTS) {
      forgetThresholdTrials();
      const here = generateFairScenario(request, { seeds: 10 });
      forgetThresholdTrials();
      const shared = await onTwoThreads(request, true);
      expect(JSON.stringify(shared.fair)).toBe(JSON.stringify(here));
      expect(shared.fair).toEqual(here);
      // Both helpers worked, and the threshold trials were among the jobs, not run by scoring.
      expect(shared.bothWorked).toBe(true);
      expect(shared.jobs.map((job) => job.kind)).toContain('trial');
      expect(shared.progress.at(-1)).toEqual([21, 21]);
      expect(shared.progress.every(([done, total]) => done >= 1 && done <= total)).toBe(true);
    }
  }, 300_000);

  it('stops an unfair draw as soon as its verdict is certain, without playing its trials', async () => {
    // The hard request whose first draw is unfair: its strong reference is out on the first seeds.
    const request = REQUESTS[3]!;
    forgetThresholdTrials();
    const honoured = await onTwoThreads(request, true);
    forgetThresholdTrials();
    const ignored = await onTwoThreads(request, false);
    // A host that runs every job (it never asks) offers the same scenario, only later.
    expect(JSON.stringify(honoured.fair)).toBe(JSON.stringify(ignored.fair));
    expect(honoured.fair.attempts).toBe(2);
    const trials = (jobs: readonly CalibrationJob[]) => jobs.filter((job) => job.kind === 'trial');
    // Trials of the fair draw only, where the host that runs everything also plays the unfair one's.
    expect(trials(honoured.jobs).length).toBeLessThan(trials(ignored.jobs).length);
    expect(honoured.jobs.length).toBeLessThan(ignored.jobs.length);
  }, 300_000);

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
    expect(results.map((result) => result?.slice(1))).toEqual(['0', '1', '2', '3']);
  });

  it('starts no job its batch no longer wants, and gives those back undefined', async () => {
    const started: number[] = [];
    const results = await runJobsOnHelpers(
      [0, 1, 2, 3, 4],
      [
        async (job: number) => (started.push(job), job * 10),
        async (job: number) => (started.push(job), job * 10),
      ],
      // Declines job 3 once job 1 is back: what a calibration does once its verdict is certain.
      (index, back) => !(index === 3 && back[1] !== undefined),
    );
    expect(started.sort()).toEqual([0, 1, 2, 4]);
    expect(results).toEqual([0, 10, 20, undefined, 40]);
  });

  it('holds back a job put off until more results are back, and runs it once they are', async () => {
    const started: number[] = [];
    const slow = (job: number) =>
      new Promise<number>((done) =>
        setTimeout(() => (started.push(job), done(job)), 5 * (2 - job)),
      );
    // Job 2 waits for job 0; job 1 (started meanwhile) finishes first.
    const results = await runJobsOnHelpers([0, 1, 2], [slow, slow], (index, back) =>
      index === 2 && back[0] === undefined ? 'later' : true,
    );
    expect(results).toEqual([0, 1, 2]);
    expect(started).toEqual([1, 0, 2]);
  });

  it('says what is missing when there is no helper to run jobs on', async () => {
    await expect(runJobsOnHelpers([1], [])).rejects.toThrow(/at least one helper/);
  });
});
