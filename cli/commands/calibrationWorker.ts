// A calibration worker: runs one calibration job per message (an outcome pass or a threshold
// trial of one generated scenario) and posts its result back with the job's number.
import { parentPort } from 'node:worker_threads';
import {
  runCalibrationJob,
  transferableBuffers,
  type CalibrationJob,
} from '../../sim-engine/index';

/** One job to run, numbered by the thread that asked. */
export interface CalibrationTask {
  readonly id: number;
  readonly job: CalibrationJob;
}

parentPort?.on('message', ({ id, job }: CalibrationTask) => {
  try {
    const result = runCalibrationJob(job);
    // The runs' series move to the asking thread instead of being copied.
    parentPort?.postMessage({ id, ok: true, result }, transferableBuffers(result));
  } catch (error) {
    parentPort?.postMessage({
      id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
