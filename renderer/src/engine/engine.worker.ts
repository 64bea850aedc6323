/// <reference lib="webworker" />
import type { EngineRequest, EngineResponse } from './engineProtocol';
import { transferablesOf } from './engineProtocol';
import { handleRequest } from './handleRequest';
import { loadLanguageModel } from '../../../sim-engine/index';

// Simulation and scoring run here so the page keeps answering while they work.
const scope = self as unknown as DedicatedWorkerGlobalScope;

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
  // The answer grader's language model takes up to a second to read. It is read after the first
  // scoring (the warm-up while the learner reads the brief), not while the page starts, so the
  // page's first seconds stay quick and grading at the end of a mock interview never waits.
  if (event.data.type === 'score') loadLanguageModel();
};
