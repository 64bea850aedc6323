// Threshold trials' runs stopped where what a trial reads is settled (run/settledRun.ts) against
// the whole runs, on every trial job calibration would play for the first draws of generated
// requests: each run's caught, rollback requested, cause and full rollout, compared and hashed
// (SHA-256 of the list, in order), and the CPU per run of both.
//   npx tsx test/bench/trialRunsSettled.ts [--first SEED] [--count N] [--draws D]
//     [--levels introductory,standard,hard] [--every K]
// --every K plays every K-th trial job only (default 1: all of them).
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { derivedSeed, generateScenarioEntry, GENERATOR_LEVELS } from '../../sim-engine/index';
import type { GeneratorLevel } from '../../sim-engine/index';
import { plansNeedingTrials } from '../../sim-engine/generator/calibrationSteps';
import { settledRuns } from '../../sim-engine/run/settledRun';
import { simulate } from '../../sim-engine/run/simulate';
import {
  forgetThresholdTrials,
  thresholdTrialJobs,
  type TrialJob,
} from '../../sim-engine/scoring/thresholdTrials';

const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? fallback : (process.argv[index + 1] ?? fallback);
};
const FIRST = Number(argument('first', '120000'));
const COUNT = Number(argument('count', '20'));
const DRAWS = Number(argument('draws', '2'));
const EVERY = Number(argument('every', '1'));
const LEVELS = argument('levels', GENERATOR_LEVELS.join(',')).split(',') as GeneratorLevel[];

const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

function jobsOf(level: GeneratorLevel): TrialJob[] {
  const jobs: TrialJob[] = [];
  for (let seed = FIRST; seed < FIRST + COUNT; seed++)
    for (let attempt = 0; attempt < DRAWS; attempt++) {
      const generated = generateScenarioEntry({ seed: derivedSeed(seed, attempt), level });
      forgetThresholdTrials();
      for (const plan of plansNeedingTrials(generated))
        jobs.push(...thresholdTrialJobs(generated.scenario, plan));
    }
  return jobs.filter((_, index) => index % EVERY === 0);
}

for (const level of LEVELS) {
  const hashes = { whole: createHash('sha256'), settled: createHash('sha256') };
  const cpu = { whole: 0, settled: 0 };
  let runs = 0;
  let differing = 0;
  for (const job of jobsOf(level)) {
    const settle = settledRuns(job.scenario, job.plan);
    for (const seed of job.seeds) {
      let start = cpuMs();
      const whole = simulate(job.scenario, job.plan, { seed }).outcome;
      cpu.whole += cpuMs() - start;
      start = cpuMs();
      const settled = settle(seed);
      cpu.settled += cpuMs() - start;
      const wholeLine = JSON.stringify([
        whole.caught,
        whole.rollbackRequestedMinute,
        whole.rollbackCause,
        whole.reachedFullRollout,
      ]);
      const settledLine = JSON.stringify([
        settled.caught,
        settled.rollbackRequestedMinute,
        settled.rollbackCause,
        settled.reachedFullRollout,
      ]);
      hashes.whole.update(`${wholeLine}\n`);
      hashes.settled.update(`${settledLine}\n`);
      runs++;
      if (wholeLine !== settledLine) differing++;
    }
  }
  const digest = (which: 'whole' | 'settled') => hashes[which].digest('hex').slice(0, 16);
  console.log(
    `${level}: requests ${FIRST}–${FIRST + COUNT - 1}, ${DRAWS} draws each, ${runs} trial runs; differing ${differing}; ` +
      `SHA-256 whole ${digest('whole')}, settled ${digest('settled')}; ` +
      `CPU per run whole ${(cpu.whole / runs).toFixed(2)} ms, settled ${(cpu.settled / runs).toFixed(2)} ms; load ${loadavg()[0]?.toFixed(1)}`,
  );
}
