import type { EngineRequest, EngineResponse } from './engineProtocol';
import { scoring } from './engineScoring';

/** Runs one request; shared by the worker and the in-thread fallback. */
export function handleRequest(
  message: EngineRequest,
  post: (response: EngineResponse) => void,
): void {
  try {
    if (message.type === 'score') {
      post({ id: message.id, type: 'progress', step: 'Simulating and scoring', fraction: 0 });
      const attempt = scoring.scoreAttempt(message.request);
      post({ id: message.id, type: 'scored', attempt });
    } else {
      const counterfactual = scoring.replayEdited(message.attempt, message.scenario, message.plan);
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
