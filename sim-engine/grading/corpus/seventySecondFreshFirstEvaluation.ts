import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The seventy-second fresh held-out set's figures (bz001–bz060, three authors) from its one
 * evaluation (2026-12-05 07:31 UTC; grader frozen at commit 3fabe61, `corpus72a`, `corpus72b` and
 * `corpus72c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const SEVENTY_SECOND_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 27, recall: 26 / 26 },
    'cohort-order': { precision: 29 / 32, recall: 29 / 29 },
    thresholds: { precision: 24 / 25, recall: 24 / 27 },
    holds: { precision: 25 / 26, recall: 25 / 28 },
    'sign-off': { precision: 21 / 22, recall: 21 / 25 },
    rollback: { precision: 27 / 28, recall: 27 / 29 },
    'canary-vs-ab': { precision: 23 / 24, recall: 23 / 23 },
    'model-metrics': { precision: 16 / 16, recall: 16 / 19 },
  },
  classes: {
    strong: { min: 35, max: 98 },
    middling: { min: 29, max: 49 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 63 },
    negated: { min: 0, max: 35 },
    misconception: { min: 14, max: 29 },
    'off-topic': { min: 0, max: 7 },
  },
};
