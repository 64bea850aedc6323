/// <reference lib="webworker" />
import { gradeAnswer, loadLanguageModel } from '../../../sim-engine/grader';
import type { GradeRequest } from './gradingProtocol';
import { answerRequest } from './gradingProtocol';

// The grader and its language model (about 3.6 MB) live only in this worker: the page's bundle
// does not carry the model, and reading it (several hundred milliseconds) blocks neither the
// page nor the simulation worker. The app starts this worker when a mock interview begins, so
// the model is read long before the answer is graded; requests that come sooner queue here.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<GradeRequest>) => {
  scope.postMessage(answerRequest(event.data, gradeAnswer));
};

loadLanguageModel();
