/// <reference lib="webworker" />
import type { EngineRequest, EngineResponse } from './engineProtocol';
import { transferablesOf } from './engineProtocol';
import { handleRequest } from './handleRequest';

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
};
