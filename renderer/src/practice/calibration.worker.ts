/// <reference lib="webworker" />
import { answerCalibrationTask, type CalibrationTask } from './calibrationTask';

// A helper of the engine worker: runs one generated scenario's calibration jobs, so that two of
// them share a scenario's calibration across the machine's cores.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<CalibrationTask>) => {
  answerCalibrationTask(event.data, (reply) => scope.postMessage(reply));
};
