import type { Plan } from './plan';
import type { Outcome } from './run';

/** The rubric's dimensions (DESIGN §4); `communication` is scored in mock interviews only. */
export const RUBRIC_DIMENSIONS = [
  'segments',
  'thresholds',
  'ramp',
  'rollback',
  'model-guard',
  'canary-vs-ab',
  'outcome',
  'communication',
] as const;
export type RubricDimension = (typeof RUBRIC_DIMENSIONS)[number];

export const BANDS = ['strong', 'adequate', 'weak'] as const;
export type Band = (typeof BANDS)[number];

export type Verdict = 'strong' | 'partial' | 'missing';

/** A fact behind a verdict, quoted from the learner's plan or run; may point at a run minute. */
export interface Evidence {
  readonly text: string;
  /** The run minute this evidence comes from, for linking to the replay timeline. */
  readonly minute?: number;
  /** Index into the run's events, when it comes from one. */
  readonly eventIndex?: number;
  /** Points this fact cost the learner; absent on facts that earned full credit. */
  readonly cost?: number;
}

export interface DimensionScore {
  readonly id: RubricDimension;
  readonly title: string;
  readonly points: number;
  readonly max: number;
  readonly verdict: Verdict;
  readonly evidence: readonly Evidence[];
  /** What a strong answer would have done, in our own words. */
  readonly strongCounterpart: string;
}

export interface Score {
  /** 0–100. */
  readonly total: number;
  readonly band: Band;
  readonly dimensions: readonly DimensionScore[];
  /** Points taken off for hints used in practice mode and for mid-run overrides. */
  readonly penalties: readonly { readonly reason: string; readonly points: number }[];
}

/** Another plan played on the same scenario and seed, for the debrief's comparison strip. */
export interface Counterfactual {
  readonly label: 'yours' | 'strong' | 'weak' | 'edited';
  readonly plan: Plan;
  readonly outcome: Outcome;
}

/** One plain-language, time-stamped step of the debrief. */
export interface NarrativeStep {
  readonly minute: number;
  /** Day of the run and local wall-clock time, e.g. `Day 2 Wed 02:10`. */
  readonly clock: string;
  readonly kind:
    | 'onset'
    | 'signal'
    | 'breach'
    | 'waiting'
    | 'rollback'
    | 'stage'
    | 'full-rollout'
    | 'missed'
    | 'exposure'
    | 'note';
  readonly text: string;
}
