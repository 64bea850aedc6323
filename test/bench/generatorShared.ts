// The generator bench's shared mode: one scenario at a time, as a learner or an instructor waits
// for it, its calibration jobs run side by side on W worker threads (the CLI's pool). CPU time is
// the whole process's (the threads' and the drawing and scoring thread's) for that scenario.
import { generateFairScenarioWith } from '../../sim-engine/index';
import { startCalibrationPool } from '../../cli/commands/calibrationPool';
import { benchResult, type BenchResult, type BenchTask } from './generatorPlay';

/** Plays the tasks one after another on a pool of `workers` threads, warmed up first per level. */
export async function onSharedWorkers(
  tasks: readonly BenchTask[],
  workers: number,
  onResult: (result: BenchResult) => void,
): Promise<BenchResult[]> {
  const pool = startCalibrationPool(workers);
  const warm = new Set<string>();
  const results: BenchResult[] = [];
  try {
    for (const task of tasks) {
      if (!warm.has(task.request.level)) {
        // A request outside every bench range; its time is not reported.
        await generateFairScenarioWith({ seed: 1, level: task.request.level }, pool.runJobs, {
          seeds: task.seeds,
        });
        warm.add(task.request.level);
      }
      const cpu = process.cpuUsage();
      const wall = performance.now();
      const fair = await generateFairScenarioWith(task.request, pool.runJobs, {
        seeds: task.seeds,
      });
      const used = process.cpuUsage(cpu);
      const wallSeconds = (performance.now() - wall) / 1000;
      const result = benchResult(task, fair, (used.user + used.system) / 1e6, wallSeconds);
      results[task.id] = result;
      onResult(result);
      if (results.filter(Boolean).length % 20 === 0)
        process.stderr.write(`  ${results.filter(Boolean).length}/${tasks.length} scenarios\n`);
    }
  } finally {
    await pool.close();
  }
  return results;
}
