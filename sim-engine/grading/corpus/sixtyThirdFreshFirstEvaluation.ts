import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The sixty-third fresh held-out set's figures (bq001–bq060, three authors) from its one
 * evaluation (2026-12-04 16:20 UTC; grader frozen at commit fde16cb, `corpus63a`, `corpus63b` and
 * `corpus63c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not
 * a target: the grader was not tuned on this set before it (README.md). The corpus test checks
 * the grader does no worse than this.
 */
export const SIXTY_THIRD_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 27, recall: 26 / 26 },
    'cohort-order': { precision: 28 / 29, recall: 28 / 28 },
    thresholds: { precision: 26 / 27, recall: 26 / 27 },
    holds: { precision: 29 / 29, recall: 29 / 29 },
    'sign-off': { precision: 21 / 21, recall: 21 / 25 },
    rollback: { precision: 28 / 28, recall: 28 / 28 },
    'canary-vs-ab': { precision: 23 / 23, recall: 23 / 23 },
    'model-metrics': { precision: 15 / 15, recall: 15 / 18 },
  },
  classes: {
    strong: { min: 77, max: 99 },
    middling: { min: 22, max: 48 },
    weak: { min: 0, max: 8 },
    salad: { min: 0, max: 9 },
    negated: { min: 0, max: 3 },
    misconception: { min: 14, max: 26 },
    'off-topic': { min: 0, max: 20 },
  },
};
