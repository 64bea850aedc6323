// The generator bench (issue 17): per level, N fair generated scenarios (default 200), each
// played once by the strong and the weak reference on a seed calibration never used, against
// the bands the level promises; and the CPU and wall time of generating and calibrating each.
//   npx tsx test/bench/generator.bench.ts [--count N] [--seeds S] [--properties P]
//     [--first SEED] [--levels introductory,standard,hard] [--out results.jsonl] [--shared]
// --shared: one scenario at a time, its calibration jobs shared by the workers (threads), as a
// learner waits for one scenario; without it, one scenario per worker process at a time.
// Disjoint runs (--first) add up: --out appends one JSON line per scenario, and
// test/bench/generatorMerge.ts reads several such files back into one report.
import { fork, type ChildProcess } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import {
  GENERATOR_CALIBRATION_SEEDS,
  GENERATOR_LEVELS,
  detectabilityRatios,
  generateScenarioEntry,
  type GeneratorLevel,
} from '../../sim-engine/index';
import { levelReport, quantile } from './generatorReport';
import type { BenchResult, BenchTask } from './generatorPlay';
import { onSharedWorkers } from './generatorShared';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index < 0 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
  return value;
}

function textOption(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? undefined : process.argv[index + 1];
}

const COUNT = option('count', 200);
const SEEDS = option('seeds', GENERATOR_CALIBRATION_SEEDS);
/** Draws per level whose detectability is measured (the power helper; no calibration). */
const PROPERTIES = option('properties', 100);
/** Bench requests start far from the seeds the tests use; --first moves them (disjoint runs add up). */
const FIRST_SEED = option('first', 80_000);
const LEVELS = (textOption('levels') ?? GENERATOR_LEVELS.join(',')).split(',').map((level) => {
  if (!GENERATOR_LEVELS.includes(level as GeneratorLevel))
    throw new Error(`--levels: "${level}" is not one of ${GENERATOR_LEVELS.join(', ')}`);
  return level as GeneratorLevel;
});
const OUT = textOption('out');
/** Worker processes (default: one per core). */
const WORKERS = option('workers', availableParallelism());
const SHARED = process.argv.includes('--shared');

const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');

/** A child process per worker, so each scenario's CPU time is read on its own clock. */
function startWorker(): ChildProcess {
  return fork(new URL('./generatorWorker.ts', import.meta.url), [], {
    execArgv: ['--import', 'tsx'],
  });
}

async function onWorkers(
  tasks: readonly BenchTask[],
  onResult: (result: BenchResult) => void,
): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: Math.min(WORKERS, tasks.length) }, startWorker);
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          const feed = () => {
            const task = tasks[next++];
            if (!task) return resolve();
            worker.send(task);
          };
          worker.on('message', (result: BenchResult) => {
            results[result.id] = result;
            onResult(result);
            if (++done % 20 === 0) process.stderr.write(`  ${done}/${tasks.length} scenarios\n`);
            feed();
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (code) reject(new Error(`a bench worker exited with code ${code}`));
          });
          feed();
        }),
    ),
  );
  for (const worker of workers) worker.kill();
  return results;
}

console.log(
  `generator bench: ${COUNT} scenarios per level, calibrated on ${SEEDS} seeds per plan, ${SHARED ? `one at a time, its jobs shared by ${WORKERS} worker threads` : `one per worker process, ${WORKERS} workers`}; load ${load()}`,
);
for (const level of COUNT > 0 ? LEVELS : []) {
  const started = performance.now();
  // Each result is written as it arrives, so an interrupted run still counts what it finished.
  const results = await (
    SHARED
      ? (tasks: readonly BenchTask[], onResult: (result: BenchResult) => void) =>
          onSharedWorkers(tasks, WORKERS, onResult)
      : onWorkers
  )(
    Array.from({ length: COUNT }, (_, id) => ({
      id,
      request: { seed: FIRST_SEED + id, level },
      seeds: SEEDS,
    })),
    (result) => {
      if (OUT) appendFileSync(OUT, `${JSON.stringify({ level, ...result })}\n`);
    },
  );
  console.log(
    `\n${level}: requests ${FIRST_SEED}–${FIRST_SEED + COUNT - 1}, ${((performance.now() - started) / 1000).toFixed(0)} s wall on ${SHARED ? WORKERS : Math.min(WORKERS, COUNT)} workers, load ${load()}`,
  );
  console.log(levelReport(level, results));
}

if (PROPERTIES > 0)
  console.log(`\nlevel properties over ${PROPERTIES} draws per level (before calibration):`);
for (const level of PROPERTIES > 0 ? LEVELS : []) {
  const draws = Array.from({ length: PROPERTIES }, (_, i) =>
    generateScenarioEntry({ seed: FIRST_SEED + i, level }),
  );
  const ratios = draws
    .map((draw) => detectabilityRatios(draw.scenario, draw.referencePlans.strong))
    .filter((found) => found.length > 0)
    .map((found) => Math.max(...found))
    .sort((a, b) => a - b);
  const hidden = draws.filter((draw) =>
    draw.scenario.regressions.some((regression) => regression.onset.type !== 'immediate'),
  ).length;
  console.log(
    `  ${level.padEnd(13)} largest rate effect ÷ 80 %-detectable at 5 %: p10 ${quantile(ratios, 0.1).toFixed(2)}, median ${quantile(ratios, 0.5).toFixed(2)}, p90 ${quantile(ratios, 0.9).toFixed(2)} (${ratios.length} draws with a rate effect); ` +
      `regressions per draw ${(draws.reduce((sum, draw) => sum + draw.scenario.regressions.length, 0) / PROPERTIES).toFixed(2)}; onset not immediate ${hidden}; traps ${draws.filter((draw) => draw.trap).length}; healthy ${draws.filter((draw) => draw.families.length === 0).length}`,
  );
}
