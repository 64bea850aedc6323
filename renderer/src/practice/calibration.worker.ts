/// <reference lib="webworker" />
import { transferableBuffers } from '../../../sim-engine/index';
import { answerCalibrationTask, type CalibrationTask } from './calibrationTask';

// A helper of the engine worker: runs one generated scenario's calibration jobs, so that two of
// them share a scenario's calibration across the machine's cores.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<CalibrationTask>) => {
  answerCalibrationTask(event.data, (reply) =>
    // The runs' series move to the engine worker instead of being copied.
    scope.postMessage(reply, reply.type === 'done' ? transferableBuffers(reply.result) : []),
  );
};
