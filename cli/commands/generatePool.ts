import { availableParallelism } from 'node:os';
import { generateFairScenarioWith } from '../../sim-engine/index';
import { startCalibrationPool } from './calibrationPool';
import { startTypeScriptWorker } from './typeScriptWorker';
import type { GenerationReply, GenerationTask } from './generateWorker';

const startWorker = () => startTypeScriptWorker(new URL('./generateWorker.ts', import.meta.url));

/**
 * Fewer scenarios than cores: each scenario's calibration jobs are shared by one worker per core
 * (the same scenarios, bit for bit, as one worker per scenario would give), so one scenario
 * takes the time of its jobs spread over the cores rather than of all of them on one.
 */
async function generateSharingCores(
  tasks: readonly Omit<GenerationTask, 'id'>[],
  onReply: (reply: GenerationReply) => void,
): Promise<GenerationReply[]> {
  const pool = startCalibrationPool();
  try {
    const replies: GenerationReply[] = [];
    for (const [id, task] of tasks.entries()) {
      let reply: GenerationReply;
      try {
        const fair = await generateFairScenarioWith(task.request, pool.runJobs, {
          seeds: task.seeds,
        });
        reply = {
          id,
          ok: true,
          scenario: fair.generated.input,
          attempts: fair.attempts,
          scenarioId: fair.scenario.id,
        };
      } catch (error) {
        reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
      }
      replies.push(reply);
      onReply(reply);
    }
    return replies;
  } finally {
    await pool.close();
  }
}

/**
 * Generates scenarios on worker threads, one per core. With at least as many scenarios as
 * cores, one scenario per task: a scenario's calibration is the unit that takes time, and
 * scenarios are independent of each other. With fewer, the cores share each scenario's jobs.
 */
export async function generateOnWorkers(
  tasks: readonly Omit<GenerationTask, 'id'>[],
  onReply: (reply: GenerationReply) => void,
): Promise<GenerationReply[]> {
  if (tasks.length < availableParallelism()) return generateSharingCores(tasks, onReply);
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
