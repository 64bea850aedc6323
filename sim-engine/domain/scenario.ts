import type { GuardedMetric, SegmentKind } from './plan';

/** A scenario as the engine runs it: validated, with every default filled in. */

export const CHANGE_KINDS = ['surface', 'backend', 'infrastructure', 'model', 'prompt'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const DIFFICULTIES = ['intro', 'standard', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export interface LatencyBaseline {
  /** Median response time. */
  readonly medianMs: number;
  /** Standard deviation of log-latency: 0.3 is tight, 0.8 is a long tail. */
  readonly logSpread: number;
}

export interface SegmentBaseline {
  /** Share of requests that fail, 0–1. */
  readonly errorRate: number;
  /** Share of visits that end in a purchase, 0–1. */
  readonly conversionRate: number;
  readonly latency: LatencyBaseline;
  /** Model scenarios: share of graded responses the eval harness marks as hallucinated. */
  readonly hallucinationRate: number;
  /** Model scenarios: share of feedback that is a thumbs-down or a correction. */
  readonly thumbsDownRate: number;
  /** Model scenarios: mean tokens used per query. */
  readonly tokensPerQuery: number;
}

export interface Segment {
  readonly id: string;
  readonly name: string;
  readonly kind: SegmentKind;
  /** Share of all traffic, 0–1; a scenario's shares sum to 1. */
  readonly share: number;
  /** Distinct users in the segment over the scenario. */
  readonly users: number;
  /** Revenue per conversion, in the scenario's currency. */
  readonly valuePerConversion: number;
  /** Share of responses on which users leave feedback (power users report more). */
  readonly feedbackRate: number;
  /** How much instability this segment tolerates, 0 (none) to 1 (happy to test). */
  readonly tolerance: number;
  /** Requests a visit makes on average: traffic is users → visits → requests. */
  readonly requestsPerVisit: number;
  /**
   * Hours the segment's own clock is ahead of the scenario's (−12 to +14): a region's
   * daily rhythm and clock-bound onsets follow its own local time.
   */
  readonly clockOffsetHours: number;
  readonly baseline: SegmentBaseline;
}

export interface Traffic {
  /** Requests per minute across all segments at the daily average. */
  readonly requestsPerMinute: number;
  /** Daily cycle amplitude, 0 (flat) to 0.9 (quiet nights). */
  readonly dailySwing: number;
  /** Local hour of peak traffic, 0–23. */
  readonly peakHour: number;
  /** Traffic multiplier on Saturdays and Sundays. */
  readonly weekendFactor: number;
}

/** What a regression does to one metric on the new version. */
export type MetricEffect =
  | {
      readonly metric: 'error_rate' | 'conversion' | 'hallucination_rate' | 'thumbs_down_rate';
      readonly change: 'absolute' | 'relative';
      /** Absolute: added to the rate (0.01 = +1 pp). Relative: fraction (-0.05 = 5 % lower). */
      readonly amount: number;
    }
  | { readonly metric: 'token_cost'; readonly change: 'relative'; readonly amount: number }
  | { readonly metric: 'latency'; readonly change: 'scale'; readonly amount: number }
  | {
      readonly metric: 'latency';
      readonly change: 'tail';
      /** Share of requests slowed down, 0–1. */
      readonly share: number;
      readonly addMs: number;
    };

export type Onset =
  | { readonly type: 'immediate' }
  | { readonly type: 'delayed'; readonly afterMinutes: number }
  /** A leak: the effect grows linearly from nothing to full over this many minutes of uptime. */
  | { readonly type: 'growing'; readonly fullAfterMinutes: number }
  /** Load-dependent: present only while the new version carries at least this share of traffic. */
  | { readonly type: 'above-share'; readonly share: number }
  | { readonly type: 'intermittent'; readonly everyMinutes: number; readonly forMinutes: number }
  /**
   * Clock-bound: present every day from `fromMinute` to `toMinute` (minutes after local
   * midnight, wrapping past midnight when `toMinute` is smaller) in each segment's own
   * local time.
   */
  | { readonly type: 'clock-hours'; readonly fromMinute: number; readonly toMinute: number };

export interface Regression {
  readonly id: string;
  readonly effects: readonly MetricEffect[];
  /** Segment ids affected; empty means every segment. */
  readonly segments: readonly string[];
  readonly onset: Onset;
  /** Plain-language cause, revealed in the debrief. */
  readonly cause: string;
}

/**
 * How long after a visit its purchase is made: a mixture of two log-normals, purchases made
 * during the visit itself (minutes) and purchases made on a later return (hours). Purchases
 * more than a day after their visit are not attributed to it (the mixture is truncated there
 * and renormalised, so a segment's conversion rate keeps its meaning).
 */
export interface PurchaseDelay {
  /** Share of purchases made during the visit, 0–1; the rest come back later. */
  readonly sameVisitShare: number;
  /** Median minutes from a visit to a purchase made during it. */
  readonly sameVisitMedianMinutes: number;
  /** Median minutes from a visit to a purchase made on a later return. */
  readonly returnMedianMinutes: number;
  /** Standard deviation of log-delay of both parts: 0 makes each a fixed delay. */
  readonly logSpread: number;
}

export interface Monitoring {
  /** Minutes a purchase takes to reach the dashboards after it is made (a reporting lag). */
  readonly conversionDelayMinutes: number;
  /** Minutes from a visit to its purchase: purchases not yet made are not yet counted. */
  readonly purchaseDelay: PurchaseDelay;
  /** Share of responses the eval harness grades (model scenarios). */
  readonly evalSampleRate: number;
}

/** How conversion and error rates move with the local hour (both versions alike). */
export interface RateRhythm {
  /** Relative amplitude of conversion's daily cycle: 0.15 = ±15 % around the day's mean. */
  readonly conversionSwing: number;
  /** Local hour when visits convert best. */
  readonly conversionPeakHour: number;
  /** Relative amplitude of the error rate's daily cycle; it peaks with the traffic. */
  readonly errorSwing: number;
  /**
   * How median latency rises with load above the daily average: 0.2 makes requests 10 %
   * slower at 1.5 × the average load (both versions alike).
   */
  readonly latencyPerLoad: number;
}

/**
 * A week-over-week move of the whole world (a sale ending, a holiday, a campaign): this
 * week's rates differ from last week's, on both versions alike. The baseline cohort (last
 * week) does not know; a concurrent control lives through it.
 */
export interface Drift {
  readonly metric: 'conversion' | 'error_rate';
  /** This week against last week, relative: -0.1 = 10 % lower. */
  readonly amount: number;
  /** Minute from the scenario start the drift begins. */
  readonly fromMinute: number;
  /** Minutes over which it grows to full (0 = a step). */
  readonly rampMinutes: number;
}

/** Clustered noise: how much each segment's daily rates wander beyond chance. */
export interface WorldNoise {
  /**
   * Coefficient of variation of a segment's conversion rate from one day to the next
   * (a random effect per segment × day): 0 is pure binomial noise.
   */
  readonly conversionDayToDay: number;
}

/** What the world does besides the release: rhythm, drift, clustered noise. */
export interface World {
  readonly rhythm: RateRhythm;
  readonly drift: readonly Drift[];
  readonly noise: WorldNoise;
}

export interface RollbackTimes {
  readonly routing: number;
  readonly flag: number;
  readonly redeploy: number;
  /** When false, a flag flip leaves some users on the new version for longer. */
  readonly flagEvaluationSound: boolean;
}

export interface Probe {
  readonly id: string;
  readonly text: string;
  /** Asked at this minute of a mock interview, or when the plan still lacks `whenMissing`. */
  readonly atMinute?: number;
  readonly whenMissing?: ProbeTrigger;
}

export const PROBE_TRIGGERS = [
  'cohorts',
  'thresholds',
  'holds',
  'sign-off',
  'rollback',
  'ab-test',
  'model-metrics',
] as const;
export type ProbeTrigger = (typeof PROBE_TRIGGERS)[number];

export interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly changeKind: ChangeKind;
  readonly difficulty: Difficulty;
  readonly brief: {
    readonly product: string;
    readonly change: string;
    readonly context: string;
    /** What the business calendar holds this week and last (a sale, a holiday); may be empty. */
    readonly calendar: string;
  };
  /** Local wall-clock start, `YYYY-MM-DDTHH:mm`, in `timeZone` (a display label). */
  readonly start: string;
  readonly timeZone: string;
  /** The simulation stops here whatever the plan's state. */
  readonly horizonMinutes: number;
  readonly traffic: Traffic;
  readonly world: World;
  readonly segments: readonly Segment[];
  readonly regressions: readonly Regression[];
  readonly monitoring: Monitoring;
  readonly rollbackTimes: RollbackTimes;
  /** Metrics this scenario's dashboards can show (model metrics only on model/prompt changes). */
  readonly observableMetrics: readonly GuardedMetric[];
  readonly probes: readonly Probe[];
  readonly debriefNotes: readonly string[];
  /** Length of a mock interview on this scenario. */
  readonly mockMinutes: number;
  /** Overrides of rubric dimension weights, by dimension id. */
  readonly rubricWeights: Readonly<Record<string, number>>;
}
