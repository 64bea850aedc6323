import type { FairnessRule } from '../calibration/fairness';
import type { Difficulty } from '../domain/scenario';
import type { RegressionFamily } from './families';
import type { GeneratorLevel } from './request';

/**
 * What each level promises, in properties that can be measured on the scenario it draws
 * (docs/generator.md). A regression's detectability is its move on the canary over the move
 * the strong plan's 5 % stage detects with 80 % probability (detectability.ts): each
 * regression's strength is solved to land it in the level's band.
 */
export interface LevelProfile {
  readonly difficulty: Difficulty;
  /** Band each regression's detectability is drawn from (uniformly), where the helper reads it. */
  readonly detectability: readonly [number, number];
  /**
   * Range of strength for a regression the helper cannot read (latency alone, or a segment the
   * 5 % stage does not reach): 1 is near what the early stages can just see.
   */
  readonly strength: readonly [number, number];
  /** Chance of a second regression. */
  readonly secondRegression: number;
  /** Chance of a healthy release (no regression) that carries a trap instead. */
  readonly healthy: number;
  /** Chance of a trap (a cohort artifact or a drifting calendar) next to a regression. */
  readonly trap: number;
  readonly families: readonly RegressionFamily[];
  /**
   * The rule calibration holds each draw to before it is offered (20 seeds per plan): an
   * introductory case may be caught by a hurried plan too (the rubric still separates the two
   * references), a hard one may sit nearer the strong plan's limit but must beat a hurried plan.
   */
  readonly fairness: FairnessRule;
  /**
   * What the level promises over many of its fair scenarios, each played once on a seed
   * calibration never used: the band (least, most) of the share the strong reference handles
   * (catches in time, or ships a healthy release) and of the share the weak reference fails.
   */
  readonly promise: {
    readonly strongHandles: readonly [number, number];
    readonly weakFails: readonly [number, number];
  };
}

export const LEVEL_PROFILES: Readonly<Record<GeneratorLevel, LevelProfile>> = {
  introductory: {
    difficulty: 'intro',
    detectability: [3, 6],
    strength: [2, 3],
    secondRegression: 0,
    healthy: 0,
    trap: 0,
    // Tail-only and token-cost: obvious at this size even to a hurried hour (the lesson here).
    families: ['segment-only', 'tail-only', 'late-onset', 'model-quality', 'token-cost'],
    fairness: { strongSuccess: 0.9, strongFalseRollback: 0.05, weakFailure: 0 },
    promise: { strongHandles: [0.9, 1], weakFails: [0.35, 0.85] },
  },
  standard: {
    difficulty: 'standard',
    detectability: [1.5, 3],
    strength: [1.4, 2],
    secondRegression: 0,
    healthy: 0.15,
    trap: 0,
    // Not tail-only or token-cost: a hurried hour catches them on every seed at this size too,
    // so this level's rule would only redraw them (a cost, not a lesson).
    families: ['segment-only', 'load-only', 'late-onset', 'intermittent', 'model-quality'],
    fairness: { strongSuccess: 0.9, strongFalseRollback: 0.05, weakFailure: 0.5 },
    promise: { strongHandles: [0.9, 1], weakFails: [0.85, 1] },
  },
  hard: {
    difficulty: 'hard',
    detectability: [0.4, 0.8],
    strength: [0.6, 1],
    secondRegression: 0.4,
    healthy: 0.2,
    trap: 0.4,
    families: [
      'segment-only',
      'load-only',
      'late-onset',
      'leak',
      'intermittent',
      'clock-bound',
      'model-quality',
    ],
    fairness: { strongSuccess: 0.8, strongFalseRollback: 0.05, weakFailure: 0.8 },
    promise: { strongHandles: [0.85, 1], weakFails: [0.95, 1] },
  },
};

/** A regression's strength from its index and a uniform position in [0, 1) drawn for it. */
export type StrengthOf = (index: number, position: number) => number;

/** Strengths outside this range give effects that round to nothing or pass every cap. */
const STRENGTH_RANGE = [0.25, 6] as const;

/**
 * The strength that lands a regression at `position` in the level's detectability band, given
 * its detectability at strength 1 (effects grow in proportion to strength, below the families'
 * caps); the level's strength range where the helper cannot read it.
 */
export function aimedStrength(
  profile: LevelProfile,
  position: number,
  unitDetectability: number | null,
): number {
  const between = ([low, high]: readonly [number, number]) => low + (high - low) * position;
  if (unitDetectability === null || unitDetectability <= 0) return between(profile.strength);
  const wanted = between(profile.detectability) / unitDetectability;
  return Math.min(STRENGTH_RANGE[1], Math.max(STRENGTH_RANGE[0], wanted));
}
