import { availableParallelism } from 'node:os';
import { startTypeScriptWorker } from './typeScriptWorker';
import type { GenerationReply, GenerationTask } from './generateWorker';

const startWorker = () => startTypeScriptWorker(new URL('./generateWorker.ts', import.meta.url));

/**
 * Generates scenarios on worker threads, one per core, one scenario per task: a scenario's
 * calibration is the unit that takes time, and scenarios are independent of each other.
 */
export async function generateOnWorkers(
  tasks: readonly Omit<GenerationTask, 'id'>[],
  onReply: (reply: GenerationReply) => void,
): Promise<GenerationReply[]> {
  const replies: GenerationReply[] = [];
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
            worker.on('message', (reply: GenerationReply) => {
              replies[reply.id] = reply;
              onReply(reply);
              feed();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`generation worker stopped with code ${code}`));
            });
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return replies;
}
