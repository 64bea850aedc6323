// A generation worker: draws and calibrates one scenario per message until it is fair.
import { parentPort } from 'node:worker_threads';
import { generateFairScenario, type GenerationRequest } from '../../sim-engine/index';

/** One scenario to generate. */
export interface GenerationTask {
  readonly id: number;
  readonly request: GenerationRequest;
  readonly seeds: number;
}

/** What comes back: the pack form of a fair scenario, or why none was found. */
export type GenerationReply =
  | {
      readonly id: number;
      readonly ok: true;
      readonly scenario: unknown;
      readonly attempts: number;
      readonly scenarioId: string;
    }
  | { readonly id: number; readonly ok: false; readonly message: string };

parentPort?.on('message', (task: GenerationTask) => {
  let reply: GenerationReply;
  try {
    const fair = generateFairScenario(task.request, { seeds: task.seeds });
    reply = {
      id: task.id,
      ok: true,
      scenario: fair.generated.input,
      attempts: fair.attempts,
      scenarioId: fair.scenario.id,
    };
  } catch (error) {
    reply = {
      id: task.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  parentPort?.postMessage(reply);
});
