// The generator bench's worker, a child process so that its CPU clock is its own: one fair
// scenario per message (timed), then both references on a fresh seed.
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

function play(task: BenchTask): BenchResult {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const fair = generateFairScenario(task.request, { seeds: task.seeds });
  const used = process.cpuUsage(cpu);
  const wallSeconds = (performance.now() - wall) / 1000;
  const { scenario, referencePlans } = fair.generated;
  const strong = simulate(scenario, referencePlans.strong, { seed: FRESH_SEED }).outcome;
  const weak = simulate(scenario, referencePlans.weak, { seed: FRESH_SEED }).outcome;
  const regressed = scenario.regressions.length > 0;
  const ratios = detectabilityRatios(scenario, referencePlans.strong);
  return {
    id: task.id,
    seed: task.request.seed,
    attempts: fair.attempts,
    cpuSeconds: (used.user + used.system) / 1e6,
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

/** Levels this worker has warmed up on: the first scenario of a fresh process pays for compiling the engine. */
const warm = new Set<string>();

process.on('message', (task: BenchTask) => {
  if (!warm.has(task.request.level)) {
    // A request outside every bench range; its time is not reported.
    generateFairScenario({ seed: 1, level: task.request.level }, { seeds: task.seeds });
    warm.add(task.request.level);
  }
  process.send?.(play(task));
});
