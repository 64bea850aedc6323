import type { Difficulty } from '../domain/scenario';
import type { RegressionFamily } from './families';
import type { GeneratorLevel } from './request';

/**
 * What each level promises, in properties that can be measured on the scenario it draws
 * (docs/generator.md). Strength 1 is an effect near what the strong plan's first guarded
 * stage can just detect; larger is easier to see.
 */
export interface LevelProfile {
  readonly difficulty: Difficulty;
  /** Range of each regression's strength. */
  readonly strength: readonly [number, number];
  /** Chance of a second regression. */
  readonly secondRegression: number;
  /** Chance of a healthy release (no regression) that carries a trap instead. */
  readonly healthy: number;
  /** Chance of a trap (a cohort artifact or a drifting calendar) next to a regression. */
  readonly trap: number;
  readonly families: readonly RegressionFamily[];
  /**
   * What the level promises over many of its fair scenarios, each played once on a seed
   * calibration never used: the least share the strong reference handles (catches in time, or
   * ships a healthy release) and the least share the weak reference fails.
   */
  readonly promise: { readonly strongHandles: number; readonly weakFails: number };
}

export const LEVEL_PROFILES: Readonly<Record<GeneratorLevel, LevelProfile>> = {
  introductory: {
    difficulty: 'intro',
    strength: [2, 3],
    secondRegression: 0,
    healthy: 0,
    trap: 0,
    families: ['segment-only', 'tail-only', 'late-onset', 'model-quality'],
    promise: { strongHandles: 0.95, weakFails: 0.95 },
  },
  standard: {
    difficulty: 'standard',
    strength: [1.4, 2],
    secondRegression: 0,
    healthy: 0.15,
    trap: 0,
    families: [
      'segment-only',
      'load-only',
      'tail-only',
      'late-onset',
      'intermittent',
      'model-quality',
      'token-cost',
    ],
    promise: { strongHandles: 0.9, weakFails: 0.85 },
  },
  hard: {
    difficulty: 'hard',
    strength: [1, 1.4],
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
      'token-cost',
    ],
    promise: { strongHandles: 0.85, weakFails: 0.8 },
  },
};
