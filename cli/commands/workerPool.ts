import { availableParallelism } from 'node:os';
import { startTypeScriptWorker } from './typeScriptWorker';
import type { SeedOutcome } from '../../sim-engine/index';
import type { CalibrationTask } from './calibrateWorker';

type TaskInput = Omit<CalibrationTask, 'id'>;

const startWorker = () => startTypeScriptWorker(new URL('./calibrateWorker.ts', import.meta.url));

/**
 * Runs calibration tasks on worker threads, one per core. Workers load TypeScript through tsx,
 * as the CLI itself does, so no build step is needed.
 */
export async function runOnWorkers(
  tasks: readonly TaskInput[],
  onDone: (task: TaskInput) => void,
): Promise<SeedOutcome[][]> {
  const results: SeedOutcome[][] = tasks.map(() => []);
  const size = Math.max(1, Math.min(availableParallelism(), tasks.length));
  let next = 0;
  const workers = Array.from({ length: size }, startWorker);
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              const id = next++;
              const task = tasks[id];
              if (!task) return resolve();
              worker.postMessage({ ...task, id });
            };
            worker.on('message', (message: { id: number; outcomes: SeedOutcome[] }) => {
              results[message.id] = message.outcomes;
              const task = tasks[message.id];
              if (task) onDone(task);
              feed();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`calibration worker stopped with code ${code}`));
            });
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
