import { runJobsOnHelpers } from '../../../sim-engine/index';
import type {
  CalibrationJob,
  CalibrationJobResult,
  CalibrationJobRunner,
} from '../../../sim-engine/index';
import type { CalibrationReply, CalibrationTask } from './calibrationTask';

/** Helper workers: two, one per core of the machines the app is made for. */
export const HELPER_COUNT = 2;

/** A helper worker failed (could not load, or stopped): the caller may calibrate in its own thread. */
export class HelperError extends Error {}

interface Waiting {
  readonly resolve: (result: CalibrationJobResult) => void;
  readonly reject: (error: Error) => void;
  readonly onRun: () => void;
}

type RunOnHelper = (job: CalibrationJob, onRun: () => void) => Promise<CalibrationJobResult>;

function helper(worker: Worker): RunOnHelper {
  const pending = new Map<number, Waiting>();
  let next = 0;
  worker.onmessage = (event: MessageEvent<CalibrationReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    if (reply.type === 'run') return waiting.onRun();
    pending.delete(reply.id);
    if (reply.type === 'done') waiting.resolve(reply.result);
    else waiting.reject(new Error(reply.message));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    // The next scenario calibrates in the engine's own thread rather than fail here again.
    runner = null;
    for (const waiting of pending.values())
      waiting.reject(
        new HelperError(`a calibration helper stopped: ${event.message || 'unknown'}`),
      );
    pending.clear();
  };
  return (job, onRun) =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject, onRun });
      worker.postMessage({ id, job } satisfies CalibrationTask);
    });
}

let runner: CalibrationJobRunner | null | undefined;

/**
 * Runs calibration jobs on helper workers started from the engine worker (kept for the next
 * scenario, so they are compiled once); null where workers cannot be started (tests, old
 * browsers), and the engine then calibrates in its own thread.
 */
export function calibrationHelpers(
  start: () => Worker = () =>
    new Worker(new URL('./calibration.worker.ts', import.meta.url), { type: 'module' }),
): CalibrationJobRunner | null {
  if (runner !== undefined) return runner;
  if (typeof Worker === 'undefined') return (runner = null);
  try {
    const helpers = Array.from({ length: HELPER_COUNT }, () => helper(start()));
    runner = (jobs, onRun, wanted) =>
      runJobsOnHelpers(
        jobs,
        helpers.map((run) => (job: CalibrationJob) => run(job, onRun)),
        wanted,
      );
  } catch {
    runner = null;
  }
  return runner;
}

/** Tests only: forget the helpers, so the next call starts new ones. */
export function forgetCalibrationHelpers(): void {
  runner = undefined;
}
