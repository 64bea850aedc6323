import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The thirty-first fresh held-out set's figures (ak001–ak060, three authors) from its one evaluation
 * (2026-12-03 07:18 UTC; grader frozen at commit 693ae00, `corpus31a`, `corpus31b` and `corpus31c` merged
 * after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the
 * grader was not tuned on this set before it (README.md). The corpus test checks the grader does
 * no worse than this.
 */
export const THIRTY_FIRST_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 27 / 29, recall: 27 / 27 },
    'cohort-order': { precision: 29 / 31, recall: 29 / 29 },
    thresholds: { precision: 27 / 27, recall: 27 / 27 },
    holds: { precision: 28 / 29, recall: 28 / 28 },
    'sign-off': { precision: 27 / 31, recall: 27 / 27 },
    rollback: { precision: 28 / 28, recall: 28 / 28 },
    'canary-vs-ab': { precision: 24 / 24, recall: 24 / 24 },
    'model-metrics': { precision: 14 / 14, recall: 14 / 15 },
  },
  classes: {
    strong: { min: 81, max: 98 },
    middling: { min: 33, max: 51 },
    weak: { min: 0, max: 12 },
    salad: { min: 4, max: 31 },
    negated: { min: 0, max: 9 },
    misconception: { min: 18, max: 41 },
    'off-topic': { min: 0, max: 7 },
  },
};
