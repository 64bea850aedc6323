import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The thirty-sixth fresh held-out set's figures (ap001–ap060, three authors) from its one evaluation
 * (2026-12-03 10:57 UTC; grader frozen at commit dca7b29, `corpus36a`, `corpus36b` and `corpus36c` merged
 * after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the
 * grader was not tuned on this set before it (README.md). The corpus test checks the grader does
 * no worse than this.
 */
export const THIRTY_SIXTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 25 / 25, recall: 25 / 27 },
    'cohort-order': { precision: 24 / 26, recall: 24 / 27 },
    thresholds: { precision: 27 / 27, recall: 27 / 27 },
    holds: { precision: 28 / 28, recall: 28 / 29 },
    'sign-off': { precision: 26 / 27, recall: 26 / 28 },
    rollback: { precision: 28 / 28, recall: 28 / 29 },
    'canary-vs-ab': { precision: 19 / 19, recall: 19 / 24 },
    'model-metrics': { precision: 14 / 14, recall: 14 / 15 },
  },
  classes: {
    strong: { min: 30, max: 98 },
    middling: { min: 20, max: 51 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 0 },
    negated: { min: 0, max: 7 },
    misconception: { min: 18, max: 38 },
    'off-topic': { min: 0, max: 12 },
  },
};
