import type {
  CanaryReport,
  Counterfactual,
  NarrativeStep,
  Plan,
  RunResult,
  Scenario,
  Score,
  ThresholdOverride,
} from '../../../sim-engine/index';

/**
 * The scoring and report functions the engine's scoring issue publishes, as the app calls
 * them. Declared here so the app compiles before they land; `engineScoring` adopts the
 * engine's own as soon as `sim-engine/index.ts` exports them.
 */

export interface ReferencePlanSet {
  readonly strong?: Plan;
  readonly weak?: Plan;
}

export interface ScoreRequest {
  readonly scenario: Scenario;
  readonly plan: Plan;
  readonly seed: number;
  readonly referencePlans?: ReferencePlanSet;
  readonly overrides?: readonly ThresholdOverride[];
  readonly hintsUsed?: number;
}

/** A scored attempt: the run with its typed series, the score, the debrief. */
export interface ScoredAttempt {
  readonly run: RunResult;
  readonly score: Score;
  readonly counterfactuals: readonly Counterfactual[];
  readonly narrative: readonly NarrativeStep[];
}

export type ReportFormat = 'html' | 'md' | 'csv';

export interface ScoringApi {
  scoreAttempt(request: ScoreRequest): ScoredAttempt;
  replayEdited(attempt: ScoredAttempt, scenario: Scenario, editedPlan: Plan): Counterfactual;
  strongPlanFor(scenario: Scenario): Plan;
  buildReport(
    attempt: ScoredAttempt,
    scenario: Scenario,
    options: { readonly packId: string; readonly mode: 'practice' | 'mock' },
  ): CanaryReport;
  renderReport(report: CanaryReport, format: ReportFormat): string;
}
