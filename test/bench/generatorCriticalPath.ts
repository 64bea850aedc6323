// The wall time a scenario would take on W free cores, worked out on one thread, so that a busy
// machine does not hide what the calibration's layout does. Every job runs here, its CPU time
// measured; W stand-in helpers keep a clock each, and a job's result is handed back when the
// clocks say it would be done, so the calibration decides what to start next from what it
// would know at that moment. Drawing and scoring (this thread's CPU between batches) move the
// clock too. Copies between threads are not counted. Two checkouts side by side:
//   npx tsx test/bench/generatorCriticalPath.ts --before /work/main [--count N] [--first SEED]
//     [--levels hard,...] [--workers 2] [--out path.jsonl]
import { appendFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as after from '../../sim-engine/index';
import { compareOptions } from './compareOptions';
import { quantile } from './generatorReport';

const {
  before: BEFORE,
  count: COUNT,
  first: FIRST,
  workers: WORKERS,
  out: OUT,
  levels: LEVELS,
} = compareOptions();

type Engine = Pick<
  typeof after,
  'generateFairScenarioWith' | 'runCalibrationJob' | 'runJobsOnHelpers'
>;
const before = (await import(pathToFileURL(resolve(BEFORE, 'sim-engine/index.ts')).href)) as Engine;
const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/** One request on W stand-in helpers with clocks: its wall on W free cores, and its CPU. */
async function onClock(engine: Engine, request: after.GenerationRequest) {
  let now = 0;
  let jobCpu = 0;
  let mainMark = cpuMs();
  const pending: { at: number; settle: () => void }[] = [];
  const busyUntil = Array.from({ length: WORKERS }, () => 0);
  // Hands back the result that would be done first, once this thread has nothing else to do.
  const next = () =>
    setImmediate(() => {
      pending.sort((a, b) => a.at - b.at);
      const first = pending.shift();
      if (!first) return;
      now = first.at;
      first.settle();
    });
  const helpers = busyUntil.map(
    (_, helper) => (job: after.CalibrationJob) =>
      new Promise<after.CalibrationJobResult>((settle) => {
        const start = cpuMs();
        const result = engine.runCalibrationJob(job);
        const took = cpuMs() - start;
        jobCpu += took;
        busyUntil[helper] = Math.max(now, busyUntil[helper] ?? 0) + took;
        pending.push({ at: busyUntil[helper] ?? now, settle: () => settle(result) });
        if (pending.length === 1) next();
      }),
  );
  const runner: after.CalibrationJobRunner = (jobs, _onRun, wanted) => {
    // This thread's work since the last batch (drawing, scoring) comes before these jobs.
    now += cpuMs() - mainMark;
    busyUntil.fill(now);
    const settled = engine.runJobsOnHelpers(
      jobs,
      helpers.map((run) => (job: after.CalibrationJob) => {
        const done = run(job);
        void done.then(() => pending.length > 0 && next());
        return done;
      }),
      wanted,
    );
    return settled.finally(() => {
      mainMark = cpuMs();
    });
  };
  const start = cpuMs();
  const fair = await engine.generateFairScenarioWith(request, runner);
  now += cpuMs() - mainMark;
  return { json: JSON.stringify(fair), wall: now / 1000, cpu: (cpuMs() - start) / 1000, jobCpu };
}

const spread = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${quantile(sorted, 0.5).toFixed(2)} / ${quantile(sorted, 0.95).toFixed(2)} / ${(sorted.at(-1) ?? NaN).toFixed(2)}`;
};
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');

console.log(
  `wall on ${WORKERS} free cores, worked out on one thread: ${BEFORE} (before) and this checkout (after); load ${load()}`,
);
for (const level of LEVELS) {
  await onClock(before, { seed: 1, level });
  await onClock(after, { seed: 1, level });
  const rows: {
    before: number;
    after: number;
    cpuBefore: number;
    cpuAfter: number;
    same: boolean;
  }[] = [];
  for (let id = 0; id < COUNT; id++) {
    const request = { seed: FIRST + id, level };
    const b = await onClock(before, request);
    const a = await onClock(after, request);
    const row = {
      before: b.wall,
      after: a.wall,
      cpuBefore: b.cpu,
      cpuAfter: a.cpu,
      same: a.json === b.json,
    };
    rows.push(row);
    if (OUT) appendFileSync(OUT, `${JSON.stringify({ level, seed: request.seed, ...row })}\n`);
  }
  const over = (values: number[]) => values.filter((value) => value > 3).length;
  console.log(`\n${level}: requests ${FIRST}–${FIRST + COUNT - 1}, load ${load()}`);
  for (const side of ['before', 'after'] as const) {
    const walls = rows.map((row) => row[side]);
    const cpus = rows.map((row) => (side === 'before' ? row.cpuBefore : row.cpuAfter));
    console.log(
      `  ${side.padEnd(6)} wall on ${WORKERS} cores median / p95 / max ${spread(walls)} s, over 3 s ${over(walls)}; CPU ${spread(cpus)} s`,
    );
  }
  console.log(
    `  identical fair scenarios: ${rows.filter((row) => row.same).length} of ${rows.length}`,
  );
}
