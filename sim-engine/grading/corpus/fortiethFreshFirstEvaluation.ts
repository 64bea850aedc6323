import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The fortieth fresh held-out set's figures (at001–at060, three authors) from its one evaluation
 * (2026-12-03 14:01 UTC; grader frozen at commit 9ca5560, `corpus40a`, `corpus40b` and `corpus40c` merged
 * after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the
 * grader was not tuned on this set before it (README.md). The corpus test checks the grader does
 * no worse than this.
 */
export const FORTIETH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 25 / 27, recall: 25 / 27 },
    'cohort-order': { precision: 26 / 29, recall: 26 / 28 },
    thresholds: { precision: 26 / 28, recall: 26 / 26 },
    holds: { precision: 28 / 30, recall: 28 / 28 },
    'sign-off': { precision: 26 / 28, recall: 26 / 27 },
    rollback: { precision: 27 / 29, recall: 27 / 29 },
    'canary-vs-ab': { precision: 20 / 23, recall: 20 / 24 },
    'model-metrics': { precision: 15 / 16, recall: 15 / 15 },
  },
  classes: {
    strong: { min: 31, max: 96 },
    middling: { min: 16, max: 66 },
    weak: { min: 0, max: 17 },
    salad: { min: 0, max: 70 },
    negated: { min: 0, max: 11 },
    misconception: { min: 12, max: 26 },
    'off-topic': { min: 0, max: 0 },
  },
};
