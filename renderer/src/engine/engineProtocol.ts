import type {
  Counterfactual,
  GenerationRequest,
  Plan,
  RunResult,
  Scenario,
  ThresholdOverride,
} from '../../../sim-engine/index';
import type { FairForApp } from '../practice/generateInEngine';
import type { ScoredAttempt, ScoreRequest } from './scoringApi';

/** Messages between the app and its engine worker: plain data with a `type`. */

export type EngineRequest =
  | { readonly id: number; readonly type: 'score'; readonly request: ScoreRequest }
  | {
      readonly id: number;
      readonly type: 'replay-edited';
      readonly attempt: ScoredAttempt;
      readonly scenario: Scenario;
      readonly plan: Plan;
    }
  | {
      /** A saved attempt's run again: the engine is deterministic, so it is the same run. */
      readonly id: number;
      readonly type: 'rerun';
      readonly scenario: Scenario;
      readonly plan: Plan;
      readonly seed: number;
      readonly overrides: readonly ThresholdOverride[];
    }
  | {
      /** A generated scenario, calibrated and drawn again until FAIR (seconds of work). */
      readonly id: number;
      readonly type: 'generate-fair';
      readonly request: GenerationRequest;
    };

export type EngineResponse =
  | {
      readonly id: number;
      readonly type: 'progress';
      readonly step: string;
      readonly fraction: number;
    }
  | { readonly id: number; readonly type: 'scored'; readonly attempt: ScoredAttempt }
  | { readonly id: number; readonly type: 'replayed'; readonly counterfactual: Counterfactual }
  | { readonly id: number; readonly type: 'reran'; readonly run: RunResult }
  | { readonly id: number; readonly type: 'generated'; readonly fair: FairForApp }
  | { readonly id: number; readonly type: 'failed'; readonly message: string };

/** The typed arrays of a run: moved, not copied, between threads. */
export function transferablesOf(run: RunResult): ArrayBuffer[] {
  const { series } = run;
  const arrays: ArrayBufferView[] = [
    series.canaryShare,
    series.requestsPerMinute,
    series.regressionActive,
    ...Object.values(series.canary),
    ...Object.values(series.control),
    ...series.thresholds.flatMap((t) => [t.estimate, t.lower, t.upper, t.limit]),
  ];
  const buffers = new Set<ArrayBuffer>();
  for (const array of arrays) {
    if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  }
  return [...buffers];
}
