// The generator bench's worker, a child process so that its CPU clock is its own: one fair
// scenario per message (timed), then both references on a fresh seed.
import { generateFairScenario } from '../../sim-engine/index';
import { benchResult, type BenchResult, type BenchTask } from './generatorPlay';

export type { BenchResult, BenchTask };

function play(task: BenchTask): BenchResult {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const fair = generateFairScenario(task.request, { seeds: task.seeds });
  const used = process.cpuUsage(cpu);
  return benchResult(
    task,
    fair,
    (used.user + used.system) / 1e6,
    (performance.now() - wall) / 1000,
  );
}

/** Levels this worker has warmed up on: the first scenario of a fresh process pays for compiling the engine. */
const warm = new Set<string>();

process.on('message', (task: BenchTask) => {
  if (!warm.has(task.request.level)) {
    // A request outside every bench range; its time is not reported.
    generateFairScenario({ seed: 1, level: task.request.level }, { seeds: task.seeds });
    warm.add(task.request.level);
  }
  process.send?.(play(task));
});
