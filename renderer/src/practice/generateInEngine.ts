import { generateFairScenario, generateFairScenarioWith } from '../../../sim-engine/index';
import type {
  FairScenario,
  GenerationRequest,
  Plan,
  Scenario,
  ScenarioCalibration,
} from '../../../sim-engine/index';
import type { EngineRequest, EngineResponse } from '../engine/engineProtocol';
import { calibrationHelpers, HelperError } from './calibrationHelpers';

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
 * "draw N, run k of n" (the calibration starts again at each new draw). The calibration's jobs
 * run on two helper workers where they can be started (the same scenario, bit for bit, as in
 * this thread alone); a helper that fails to start is replaced by this thread.
 */
export function generateInEngine(
  message: Extract<EngineRequest, { type: 'generate-fair' }>,
  post: (response: EngineResponse) => void,
  helpers = calibrationHelpers(),
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
  const reply = (fair: FairScenario) =>
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
  const here = () =>
    reply(generateFairScenario(request satisfies GenerationRequest, { onProgress }));
  if (!helpers) return here();
  generateFairScenarioWith(request, helpers, { onProgress }).then(reply, (error: unknown) => {
    try {
      if (!(error instanceof HelperError)) throw error;
      draw = 1;
      lastDone = 0;
      here();
    } catch (failure) {
      const text = failure instanceof Error ? failure.message : String(failure);
      post({ id, type: 'failed', message: text });
    }
  });
}
