import type { GuardedMetric, InconclusiveChoice, Plan, Role } from './plan';

/** Minutes between gate checks: dashboards are read and drawn at this resolution. */
export const CHECK_INTERVAL_MINUTES = 5;

/** A recorded mid-run change of a threshold's limit (it costs points: DESIGN §1). */
export interface ThresholdOverride {
  readonly atMinute: number;
  readonly thresholdIndex: number;
  readonly limit: number;
}

export interface RunOptions {
  readonly seed: number;
  readonly overrides?: readonly ThresholdOverride[];
  /**
   * Keep drawing the new version's per-interval readings after full rollout, for charts whose
   * lines should go on (the replay). Off by default: nothing is compared then, so outcome and
   * events are the same either way, and calibration does not pay for the extra draws.
   */
  readonly recordAfterFullRollout?: boolean;
}

export type GateVerdict = 'inside' | 'amber' | 'breach';

/** Why a rollback was requested: a proven breach, or a metric hold the data could not decide. */
export type RollbackReason = 'breach' | 'inconclusive';

/**
 * What was really behind a rollback: a regression the gate saw (active in the data it read, on
 * a metric the regression moves), noise (a breach with nothing real behind it: a false alarm,
 * with or without a regression elsewhere in the run), or a metric hold that could not decide.
 */
export type RollbackCause = 'regression' | 'noise' | 'inconclusive';

/** One thing that happened, at a minute from the start; plain data with a `type`. */
export type RunEvent =
  | {
      readonly type: 'stage-entered';
      readonly minute: number;
      readonly stage: number;
      readonly percent: number;
    }
  | { readonly type: 'regression-onset'; readonly minute: number; readonly regressionId: string }
  | {
      readonly type: 'threshold-amber';
      readonly minute: number;
      readonly stage: number;
      readonly thresholdIndex: number;
      readonly estimate: number;
    }
  | {
      readonly type: 'breach';
      readonly minute: number;
      readonly stage: number;
      readonly thresholdIndex: number;
      readonly metric: GuardedMetric;
      readonly estimate: number;
      readonly limit: number;
      /** First minute of the window of data the gate read (absent in reports from before windows). */
      readonly windowStart?: number;
    }
  | { readonly type: 'hold-complete'; readonly minute: number; readonly stage: number }
  | {
      /** A metric hold reached maxMinutes with neither proof inside nor proof beyond. */
      readonly type: 'stage-inconclusive';
      readonly minute: number;
      readonly stage: number;
      /** What the plan chose to do next (`onInconclusive`). */
      readonly next: InconclusiveChoice;
    }
  | {
      readonly type: 'sign-off-waiting';
      readonly minute: number;
      readonly stage: number;
      readonly role: Role;
      readonly availableAt: number;
    }
  | {
      readonly type: 'sign-off-given';
      readonly minute: number;
      readonly stage: number;
      readonly role: Role | null;
    }
  | {
      readonly type: 'rollback-requested';
      readonly minute: number;
      readonly reason: RollbackReason;
    }
  | { readonly type: 'rollback-waiting'; readonly minute: number; readonly availableAt: number }
  | { readonly type: 'rollback-authorized'; readonly minute: number; readonly role: Role }
  | { readonly type: 'rollback-complete'; readonly minute: number }
  | { readonly type: 'full-rollout'; readonly minute: number }
  | {
      readonly type: 'override';
      readonly minute: number;
      readonly thresholdIndex: number;
      readonly limit: number;
    }
  | { readonly type: 'horizon-reached'; readonly minute: number };

export type RunEventType = RunEvent['type'];

/** What happened, in the fields of the report contract (DESIGN §6) and a few more. */
export interface Outcome {
  readonly regressionPresent: boolean;
  /**
   * True when a regression was present and a rollback was called, before full rollout, on a
   * breach it caused (see `rollbackCause`); false when present otherwise; null on a healthy release.
   */
  readonly caught: boolean | null;
  readonly stageAtDetection: number | null;
  readonly percentAtDetection: number | null;
  readonly detectionMinute: number | null;
  readonly detectionMetric: GuardedMetric | null;
  /** First minute a regression was active on exposed traffic. */
  readonly onsetMinute: number | null;
  readonly rollbackRequestedMinute: number | null;
  readonly rollbackCompleteMinute: number | null;
  readonly rollbackReason: RollbackReason | null;
  /** What was really behind the rollback; null without one. */
  readonly rollbackCause: RollbackCause | null;
  /** Minutes from the rollback's request to its completion: authority plus mechanism. */
  readonly minutesToRollback: number | null;
  /** Caught, and the rollback completed within an hour of the call; null without a regression. */
  readonly caughtInTime: boolean | null;
  /** The first stage whose metric hold ended inconclusive (whatever followed), or null. */
  readonly inconclusiveStage: number | null;
  /** Distinct users who met an active regression. */
  readonly exposedUsers: number;
  /** Requests served by the new version while a regression was active on them. */
  readonly exposedRequests: number;
  /** Extra failed requests caused by the regression. */
  readonly excessErrors: number;
  /** Purchases lost to the regression, and their value. */
  readonly lostConversions: number;
  readonly lostRevenue: number;
  /** A rollback on noise (no regression behind the breach), wherever it happens. */
  readonly falseRollback: boolean;
  readonly reachedFullRollout: boolean;
  readonly minutesToFullRollout: number | null;
  readonly overridesUsed: number;
  readonly endMinute: number;
}

/** One guarded threshold's view at each check, for charts (NaN where not checked). */
export interface ThresholdSeries {
  readonly estimate: Float32Array;
  readonly lower: Float32Array;
  readonly upper: Float32Array;
  readonly limit: Float32Array;
  /** First minute of the window of data the gate read at this check (NaN where not checked). */
  readonly windowStart: Float32Array;
}

/** Per-check series, one value per CHECK_INTERVAL_MINUTES from minute 0. */
export interface RunSeries {
  readonly intervalMinutes: number;
  /** Share of all traffic on the new version, 0–1. */
  readonly canaryShare: Float32Array;
  /** Requests per minute across everyone. */
  readonly requestsPerMinute: Float32Array;
  /** Requests served by each arm in the interval (Float64: counts reach 10¹⁰). */
  readonly canaryRequests: Float64Array;
  readonly controlRequests: Float64Array;
  /** 1 where a regression was active on some exposed traffic. */
  readonly regressionActive: Uint8Array;
  /** Raw per-interval values of each observable metric, by arm (NaN without traffic). */
  readonly canary: Readonly<Partial<Record<GuardedMetric, Float32Array>>>;
  readonly control: Readonly<Partial<Record<GuardedMetric, Float32Array>>>;
  /** The gate's estimate of each plan threshold, in the threshold's units. */
  readonly thresholds: readonly ThresholdSeries[];
}

export interface RunResult {
  readonly scenarioId: string;
  readonly seed: number;
  readonly plan: Plan;
  readonly outcome: Outcome;
  readonly events: readonly RunEvent[];
  readonly series: RunSeries;
}
