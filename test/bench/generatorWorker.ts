// The generator bench's worker: one fair scenario per message, then both references on a fresh seed.
import { parentPort } from 'node:worker_threads';
import {
  detectabilityRatios,
  generateFairScenario,
  seedOutcome,
  simulate,
  weakPlanFailed,
  type GenerationRequest,
} from '../../sim-engine/index';

/** A seed no calibration uses (calibration plays seeds 0…N−1). */
export const FRESH_SEED = 1_000_003;

export interface BenchTask {
  readonly id: number;
  readonly request: GenerationRequest;
  readonly seeds: number;
}

export interface BenchResult {
  readonly id: number;
  readonly attempts: number;
  readonly regressed: boolean;
  readonly strongHandled: boolean;
  /** Stage percent at which the strong plan rolled back, when it did. */
  readonly strongStopPercent: number | null;
  readonly weakFailed: boolean;
  readonly families: readonly string[];
  readonly trap: string | null;
  /** The largest rate effect's detectability at the strong plan's 5 % stage; null when none. */
  readonly detectability: number | null;
}

parentPort?.on('message', (task: BenchTask) => {
  const fair = generateFairScenario(task.request, { seeds: task.seeds });
  const { scenario, referencePlans } = fair.generated;
  const strong = simulate(scenario, referencePlans.strong, { seed: FRESH_SEED }).outcome;
  const weak = simulate(scenario, referencePlans.weak, { seed: FRESH_SEED }).outcome;
  const regressed = scenario.regressions.length > 0;
  const ratios = detectabilityRatios(scenario, referencePlans.strong);
  const result: BenchResult = {
    id: task.id,
    attempts: fair.attempts,
    regressed,
    strongHandled: regressed
      ? strong.caughtInTime === true
      : strong.rollbackCause === null && strong.reachedFullRollout,
    strongStopPercent: strong.rollbackCause === null ? null : strong.percentAtDetection,
    weakFailed: weakPlanFailed(seedOutcome(FRESH_SEED, weak)),
    families: fair.generated.families,
    trap: fair.generated.trap,
    detectability: ratios.length > 0 ? Math.max(...ratios) : null,
  };
  parentPort?.postMessage(result);
});
