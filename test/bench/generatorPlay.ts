// What the generator bench keeps of one fair scenario: its time, and both references played
// once on a seed calibration never used.
import {
  detectabilityRatios,
  seedOutcome,
  simulate,
  weakPlanFailed,
  type FairScenario,
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
  readonly seed: number;
  readonly attempts: number;
  /** CPU and wall seconds of generating and calibrating this scenario (all its draws). */
  readonly cpuSeconds: number;
  readonly wallSeconds: number;
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

/** The bench's record of a fair scenario that took the given CPU and wall seconds. */
export function benchResult(
  task: BenchTask,
  fair: FairScenario,
  cpuSeconds: number,
  wallSeconds: number,
): BenchResult {
  const { scenario, referencePlans } = fair.generated;
  const strong = simulate(scenario, referencePlans.strong, { seed: FRESH_SEED }).outcome;
  const weak = simulate(scenario, referencePlans.weak, { seed: FRESH_SEED }).outcome;
  const regressed = scenario.regressions.length > 0;
  const ratios = detectabilityRatios(scenario, referencePlans.strong);
  return {
    id: task.id,
    seed: task.request.seed,
    attempts: fair.attempts,
    cpuSeconds,
    wallSeconds,
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
}
