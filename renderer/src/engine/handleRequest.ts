import { replayEdited, scoreAttempt, simulate } from '../../../sim-engine/index';
import { generateInEngine } from '../practice/generateInEngine';
import type { EngineRequest, EngineResponse } from './engineProtocol';

/** Runs one request; shared by the worker and the in-thread fallback. */
export function handleRequest(
  message: EngineRequest,
  post: (response: EngineResponse) => void,
): void {
  try {
    if (message.type === 'score') {
      post({ id: message.id, type: 'progress', step: 'Simulating and scoring', fraction: 0 });
      post({ id: message.id, type: 'scored', attempt: scoreAttempt(message.request) });
    } else if (message.type === 'rerun') {
      const { scenario, plan, seed, overrides } = message;
      post({ id: message.id, type: 'reran', run: simulate(scenario, plan, { seed, overrides }) });
    } else if (message.type === 'generate-fair') {
      generateInEngine(message, post);
    } else {
      const counterfactual = replayEdited(message.attempt, message.scenario, message.plan);
      post({ id: message.id, type: 'replayed', counterfactual });
    }
  } catch (error) {
    post({
      id: message.id,
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
