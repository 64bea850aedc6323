import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The sixth fresh held-out set's figures (n001–n040) from its one evaluation (2026-12-01
 * 22:55 UTC; grader frozen at commit 8915003, `corpus6a` and `corpus6b` merged after it), copied
 * from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the grader was not tuned on
 * this set and must not be (README.md). The corpus test checks the grader does no worse than this.
 */
export const SIXTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 17 / 18, recall: 17 / 18 },
    'cohort-order': { precision: 17 / 20, recall: 17 / 19 },
    thresholds: { precision: 16 / 16, recall: 16 / 16 },
    holds: { precision: 13 / 14, recall: 13 / 16 },
    'sign-off': { precision: 16 / 17, recall: 16 / 16 },
    rollback: { precision: 18 / 18, recall: 18 / 18 },
    'canary-vs-ab': { precision: 15 / 15, recall: 15 / 16 },
    'model-metrics': { precision: 9 / 10, recall: 9 / 9 },
  },
  classes: {
    strong: { min: 71, max: 91 },
    middling: { min: 32, max: 56 },
    weak: { min: 0, max: 7 },
    salad: { min: 4, max: 16 },
    negated: { min: 0, max: 16 },
    misconception: { min: 0, max: 22 },
    'off-topic': { min: 0, max: 16 },
  },
};
