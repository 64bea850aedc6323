import { generateFairScenario } from '../../../sim-engine/index';
import type {
  GenerationRequest,
  Plan,
  Scenario,
  ScenarioCalibration,
} from '../../../sim-engine/index';
import type { EngineRequest, EngineResponse } from '../engine/engineProtocol';

/** What the page gets back from a fair generation: plain data, cheap to post. */
export interface FairForApp {
  readonly scenario: Scenario;
  readonly referencePlans: { readonly strong: Plan; readonly weak: Plan };
  /** Draws made until one was FAIR, this one included. */
  readonly draws: number;
  readonly calibration: ScenarioCalibration;
}

/**
 * Runs in the engine worker: generates and calibrates until FAIR, posting progress as
 * "draw N, run k of n" (the calibration starts again at each new draw).
 */
export function generateInEngine(
  message: Extract<EngineRequest, { type: 'generate-fair' }>,
  post: (response: EngineResponse) => void,
): void {
  const { id, request } = message;
  let draw = 1;
  let lastDone = 0;
  const onProgress = (done: number, total: number) => {
    if (done < lastDone) draw++;
    lastDone = done;
    const step =
      draw === 1
        ? `Checking it is fair: run ${done} of ${total}`
        : `Checking it is fair (draw ${draw}): run ${done} of ${total}`;
    post({ id, type: 'progress', step, fraction: done / total });
  };
  const fair = generateFairScenario(request satisfies GenerationRequest, { onProgress });
  post({
    id,
    type: 'generated',
    fair: {
      scenario: fair.scenario,
      referencePlans: fair.generated.referencePlans,
      draws: fair.attempts,
      calibration: fair.calibration,
    },
  });
}
