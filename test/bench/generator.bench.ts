// The scenario generator (issue 17): per level, N fair generated scenarios (default 200), each
// played once by the strong and the weak reference on a seed calibration never used, against
// the bands the level promises; and the CPU and wall time of generating and calibrating one.
//   npx tsx test/bench/generator.bench.ts [--count N] [--seeds S] [--timed K] [--properties P] [--first SEED]
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  GENERATOR_CALIBRATION_SEEDS,
  GENERATOR_LEVELS,
  detectabilityRatios,
  generateFairScenario,
  generateScenarioEntry,
  LEVEL_PROFILES,
  type GeneratorLevel,
} from '../../sim-engine/index';
import { clopperPearson, formatRate } from '../../sim-engine/testing/clopperPearson';
import type { BenchResult, BenchTask } from './generatorWorker';
import { median } from './measure';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index < 0 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
  return value;
}

const COUNT = option('count', 200);
const SEEDS = option('seeds', GENERATOR_CALIBRATION_SEEDS);
const TIMED = option('timed', 10);
/** Draws per level whose detectability is measured (the power helper; no calibration). */
const PROPERTIES = option('properties', 100);
/** Bench requests start far from the seeds the tests use; --first moves them (disjoint runs add up). */
const FIRST_SEED = option('first', 50_000);

const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');

/** Generation + calibration of one scenario, alone on the main thread: CPU and wall time. */
function timeOne(level: GeneratorLevel, seed: number) {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const fair = generateFairScenario({ seed, level }, { seeds: SEEDS });
  const used = process.cpuUsage(cpu);
  return {
    cpu: (used.user + used.system) / 1e6,
    wall: (performance.now() - wall) / 1000,
    attempts: fair.attempts,
  };
}

function startWorker(): Worker {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const workerModule = new URL('./generatorWorker.ts', import.meta.url).href;
  const bootstrap =
    `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); ` +
    `return import(${JSON.stringify(workerModule)}); });`;
  return new Worker(bootstrap, { eval: true });
}

async function onWorkers(tasks: readonly BenchTask[]): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  let next = 0;
  let done = 0;
  const workers = Array.from(
    { length: Math.min(availableParallelism(), tasks.length) },
    startWorker,
  );
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          const feed = () => {
            const task = tasks[next++];
            if (!task) return resolve();
            worker.postMessage(task);
          };
          worker.on('message', (result: BenchResult) => {
            results[result.id] = result;
            if (++done % 20 === 0) process.stderr.write(`  ${done}/${tasks.length} scenarios\n`);
            feed();
          });
          worker.on('error', reject);
          feed();
        }),
    ),
  );
  await Promise.all(workers.map((worker) => worker.terminate()));
  return results;
}

/** The quantile of sorted values, by rank. */
const quantile = (sorted: readonly number[], p: number) =>
  sorted[Math.floor(p * (sorted.length - 1))] ?? Number.NaN;

const inBand = (successes: number, trials: number, least: number) => {
  const { lower: low } = clopperPearson(successes, trials);
  return successes / trials >= least
    ? low >= least
      ? 'met (whole interval)'
      : 'met (point estimate)'
    : 'NOT met';
};

console.log(
  `generator bench: ${COUNT} scenarios per level, calibrated on ${SEEDS} seeds per plan; load ${load()}`,
);
const timings = GENERATOR_LEVELS.flatMap((level) =>
  Array.from({ length: TIMED }, (_, i) => timeOne(level, FIRST_SEED + 10_000 + i)),
);
if (timings.length > 0)
  console.log(
    `one scenario, generation + calibration, main thread alone (${timings.length} requests, all levels): CPU median ${median(timings.map((t) => t.cpu)).toFixed(2)} s, max ${Math.max(...timings.map((t) => t.cpu)).toFixed(2)} s; wall median ${median(timings.map((t) => t.wall)).toFixed(2)} s, max ${Math.max(...timings.map((t) => t.wall)).toFixed(2)} s; draws per scenario ${(timings.reduce((sum, t) => sum + t.attempts, 0) / timings.length).toFixed(2)}; load ${load()}`,
  );

for (const level of COUNT > 0 ? GENERATOR_LEVELS : []) {
  const started = performance.now();
  const results = await onWorkers(
    Array.from({ length: COUNT }, (_, id) => ({
      id,
      request: { seed: FIRST_SEED + id, level },
      seeds: SEEDS,
    })),
  );
  const promise = LEVEL_PROFILES[level].promise;
  const handled = results.filter((result) => result.strongHandled).length;
  const failed = results.filter((result) => result.weakFailed).length;
  const regressed = results.filter((result) => result.regressed);
  const early = regressed.filter((result) => (result.strongStopPercent ?? 101) <= 5).length;
  const draws = results.reduce((sum, result) => sum + result.attempts, 0);
  console.log(
    `\n${level} (${COUNT} scenarios, ${((performance.now() - started) / 1000).toFixed(0)} s wall on ${Math.min(availableParallelism(), COUNT)} workers, load ${load()})`,
  );
  console.log(
    `  strong reference handles      ${formatRate(handled, COUNT)}   promise ≥ ${promise.strongHandles * 100} %: ${inBand(handled, COUNT, promise.strongHandles)}`,
  );
  console.log(
    `  weak reference fails          ${formatRate(failed, COUNT)}   promise ≥ ${promise.weakFails * 100} %: ${inBand(failed, COUNT, promise.weakFails)}`,
  );
  console.log(
    `  strong stops at ≤ 5 % (of ${regressed.length} regressed)  ${regressed.length ? formatRate(early, regressed.length) : '—'}`,
  );
  const band = LEVEL_PROFILES[level].detectability;
  const ratios = results
    .flatMap((result) => (result.detectability === null ? [] : [result.detectability]))
    .sort((a, b) => a - b);
  const inside = ratios.filter((ratio) => ratio >= band[0] - 0.005 && ratio <= band[1] + 0.005);
  console.log(
    `  detectability at 5 % (${ratios.length} with a rate effect)  p10 ${quantile(ratios, 0.1).toFixed(2)}, median ${quantile(ratios, 0.5).toFixed(2)}, p90 ${quantile(ratios, 0.9).toFixed(2)}; in the band ${band[0]}–${band[1]}: ${ratios.length ? formatRate(inside.length, ratios.length) : '—'}`,
  );
  console.log(
    `  healthy releases ${COUNT - regressed.length}, two regressions ${results.filter((r) => r.families.length === 2).length}, traps ${results.filter((r) => r.trap).length}; draws per fair scenario ${(draws / COUNT).toFixed(2)}`,
  );
}

if (PROPERTIES > 0)
  console.log(`\nlevel properties over ${PROPERTIES} draws per level (before calibration):`);
for (const level of PROPERTIES > 0 ? GENERATOR_LEVELS : []) {
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
