import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The eighty-sixth fresh held-out set's figures (cn001–cn060, three authors) from its one
 * evaluation (2026-12-05 19:05 UTC; grader frozen at commit da5c278, `corpus86a`, `corpus86b` and
 * `corpus86c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const EIGHTY_SIXTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 28 / 28, recall: 28 / 28 },
    'cohort-order': { precision: 28 / 30, recall: 28 / 29 },
    thresholds: { precision: 27 / 27, recall: 27 / 27 },
    holds: { precision: 23 / 23, recall: 23 / 31 },
    'sign-off': { precision: 25 / 25, recall: 25 / 27 },
    rollback: { precision: 26 / 26, recall: 26 / 26 },
    'canary-vs-ab': { precision: 22 / 23, recall: 22 / 24 },
    'model-metrics': { precision: 16 / 17, recall: 16 / 19 },
  },
  classes: {
    strong: { min: 36, max: 96 },
    middling: { min: 19, max: 51 },
    weak: { min: 0, max: 0 },
    salad: { min: 0, max: 35 },
    negated: { min: 0, max: 0 },
    misconception: { min: 19, max: 51 },
    'off-topic': { min: 0, max: 11 },
  },
};
