import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import {
  runJobsOnHelpers,
  type CalibrationJob,
  type CalibrationJobResult,
  type CalibrationJobRunner,
} from '../../sim-engine/index';
import type { CalibrationTask } from './calibrationWorker';
import { startTypeScriptWorker } from './typeScriptWorker';

type Reply =
  | { readonly id: number; readonly ok: true; readonly result: CalibrationJobResult }
  | { readonly id: number; readonly ok: false; readonly message: string };

/** Worker threads that run one generated scenario's calibration jobs side by side. */
export interface CalibrationPool {
  readonly runJobs: CalibrationJobRunner;
  close(): Promise<void>;
}

/** One worker as a function that runs a job there. */
function helper(worker: Worker): (job: CalibrationJob) => Promise<CalibrationJobResult> {
  const pending = new Map<
    number,
    { resolve: (r: CalibrationJobResult) => void; reject: (e: Error) => void }
  >();
  let next = 0;
  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on('message', (reply: Reply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.ok) waiting?.resolve(reply.result);
    else waiting?.reject(new Error(reply.message));
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => {
    if (code !== 0) failAll(new Error(`calibration worker stopped with code ${code}`));
  });
  return (job) =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, job } satisfies CalibrationTask);
    });
}

/** Starts one calibration worker per core (at least one). */
export function startCalibrationPool(size = availableParallelism()): CalibrationPool {
  const workers = Array.from({ length: Math.max(1, size) }, () =>
    startTypeScriptWorker(new URL('./calibrationWorker.ts', import.meta.url)),
  );
  const helpers = workers.map(helper);
  return {
    runJobs: (jobs, _onRun, wanted) => runJobsOnHelpers(jobs, helpers, wanted),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
