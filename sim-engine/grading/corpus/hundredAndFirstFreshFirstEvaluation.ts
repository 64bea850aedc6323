import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The hundred-and-first fresh held-out set's figures (dc001–dc060, three authors) from its one
 * evaluation (2026-12-06 10:26 UTC; grader frozen at commit d7377b5 and unmoved at 968a418,
 * `corpus101a`, `corpus101b` and `corpus101c` merged after it), copied from `npm run bench`. A
 * record, not a target: the grader was not tuned on this set before it (README.md). The corpus
 * test checks the grader does no worse than this.
 */
export const HUNDRED_AND_FIRST_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 24 / 26, recall: 24 / 26 },
    'cohort-order': { precision: 30 / 30, recall: 30 / 31 },
    thresholds: { precision: 24 / 24, recall: 24 / 25 },
    holds: { precision: 25 / 25, recall: 25 / 30 },
    'sign-off': { precision: 22 / 22, recall: 22 / 27 },
    rollback: { precision: 27 / 27, recall: 27 / 27 },
    'canary-vs-ab': { precision: 19 / 19, recall: 19 / 22 },
    'model-metrics': { precision: 13 / 13, recall: 13 / 16 },
  },
  classes: {
    strong: { min: 45, max: 98 },
    middling: { min: 11, max: 48 },
    weak: { min: 0, max: 0 },
    salad: { min: 0, max: 13 },
    negated: { min: 0, max: 9 },
    misconception: { min: 10, max: 20 },
    'off-topic': { min: 0, max: 7 },
  },
};
