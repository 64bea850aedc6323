/// <reference lib="webworker" />
import type { EngineRequest, EngineResponse } from './engineProtocol';
import { transferablesOf } from './engineProtocol';
import { handleRequest } from './handleRequest';
import { loadLanguageModel } from '../../../sim-engine/index';

// Simulation and scoring run here so the page keeps answering while they work.
const scope = self as unknown as DedicatedWorkerGlobalScope;
// The answer grader's language model takes a few hundred milliseconds to read: read it now,
// while the learner plans, so grading at the end of a mock interview never waits for it.
loadLanguageModel();

scope.onmessage = (event: MessageEvent<EngineRequest>) => {
  handleRequest(event.data, (response: EngineResponse) => {
    const transfer =
      response.type === 'scored'
        ? transferablesOf(response.attempt.run)
        : response.type === 'reran'
          ? transferablesOf(response.run)
          : [];
    scope.postMessage(response, transfer);
  });
};
