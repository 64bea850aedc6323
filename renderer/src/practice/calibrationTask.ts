import { runCalibrationJob } from '../../../sim-engine/index';
import type { CalibrationJob, CalibrationJobResult } from '../../../sim-engine/index';

/** One calibration job sent to a helper worker, numbered by the engine worker. */
export interface CalibrationTask {
  readonly id: number;
  readonly job: CalibrationJob;
}

/** What a helper worker posts back: a run done (for progress), the result, or why it failed. */
export type CalibrationReply =
  | { readonly id: number; readonly type: 'run' }
  | { readonly id: number; readonly type: 'done'; readonly result: CalibrationJobResult }
  | { readonly id: number; readonly type: 'failed'; readonly message: string };

/** Runs one job in a helper worker, posting each run and then the result. */
export function answerCalibrationTask(
  { id, job }: CalibrationTask,
  post: (reply: CalibrationReply) => void,
): void {
  try {
    const result = runCalibrationJob(job, () => post({ id, type: 'run' }));
    post({ id, type: 'done', result });
  } catch (error) {
    post({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
