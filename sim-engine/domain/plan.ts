/** The learner's pre-committed release plan: the `canary-plan/1` contract (DESIGN §6). */

export const SEGMENT_KINDS = [
  'internal',
  'early-access',
  'power-user',
  'low-risk',
  'general',
  'new-customer',
  'high-value',
] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export const GUARDED_METRICS = [
  'error_rate',
  'latency_p99',
  'latency_p95',
  'conversion',
  'hallucination_rate',
  'thumbs_down_rate',
  'token_cost',
] as const;
export type GuardedMetric = (typeof GUARDED_METRICS)[number];

export const THRESHOLD_UNITS = ['pp', 'pct', 'ms'] as const;
/** `pp` percentage points, `pct` relative percent, `ms` milliseconds. */
export type ThresholdUnit = (typeof THRESHOLD_UNITS)[number];

export const COMPARISONS = ['control', 'cohort'] as const;
/** `control`: all control traffic; `cohort`: the same segments' own baseline. */
export type Comparison = (typeof COMPARISONS)[number];

export const ROLES = ['pm', 'eng-lead', 'oncall-sre', 'exec', 'anyone'] as const;
export type Role = (typeof ROLES)[number];

export const COVERAGES = ['24x7', 'business-hours'] as const;
export type Coverage = (typeof COVERAGES)[number];

export const ROLLBACK_MECHANISMS = ['routing', 'flag', 'redeploy'] as const;
export type RollbackMechanism = (typeof ROLLBACK_MECHANISMS)[number];

export const INCONCLUSIVE_CHOICES = ['rollback', 'advance'] as const;
/** What a metric hold does when maxMinutes passes and the data could not decide. */
export type InconclusiveChoice = (typeof INCONCLUSIVE_CHOICES)[number];

export type Hold =
  | { readonly type: 'time'; readonly minutes: number }
  | {
      readonly type: 'metric';
      readonly stableMinutes: number;
      readonly maxMinutes: number;
      /** Absent means 'rollback'. */
      readonly onInconclusive?: InconclusiveChoice;
    };

export interface Stage {
  /** Share of all traffic on the new version during this stage, in percent (0, 100]. */
  readonly percent: number;
  /** Absent only on the final 100 % stage. */
  readonly hold?: Hold;
  readonly signOff?: Role;
}

export interface Threshold {
  readonly metric: GuardedMetric;
  /** The largest tolerated move in the bad direction, in `unit`. */
  readonly limit: number;
  readonly unit: ThresholdUnit;
  readonly compare: Comparison;
}

export interface RollbackReadiness {
  readonly authorizers: readonly Role[];
  readonly coverage: Coverage;
  readonly mechanism: RollbackMechanism;
}

/** Segment kinds or segment ids in exposure order, or an even random slice of everyone. */
export type CohortOrder = readonly string[] | 'random';

export interface Plan {
  readonly format: 'canary-plan/1';
  readonly cohorts: CohortOrder;
  readonly stages: readonly Stage[];
  readonly thresholds: readonly Threshold[];
  /** `null` acts on point estimates; otherwise a sequential guard at this confidence. */
  readonly significance: { readonly confidence: number } | null;
  readonly rollback: RollbackReadiness;
  readonly followUp: { readonly abTest: boolean };
}
