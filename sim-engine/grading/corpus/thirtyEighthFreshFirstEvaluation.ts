import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The thirty-eighth fresh held-out set's figures (ar001–ar060, three authors) from its one evaluation
 * (2026-12-03 13:25 UTC; grader frozen at commit 61b4d52, `corpus38a`, `corpus38b` and `corpus38c` merged
 * after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the
 * grader was not tuned on this set before it (README.md). The corpus test checks the grader does
 * no worse than this.
 */
export const THIRTY_EIGHTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 24 / 24, recall: 24 / 27 },
    'cohort-order': { precision: 22 / 22, recall: 22 / 27 },
    thresholds: { precision: 24 / 24, recall: 24 / 26 },
    holds: { precision: 27 / 27, recall: 27 / 28 },
    'sign-off': { precision: 25 / 25, recall: 25 / 26 },
    rollback: { precision: 29 / 29, recall: 29 / 31 },
    'canary-vs-ab': { precision: 20 / 21, recall: 20 / 24 },
    'model-metrics': { precision: 11 / 12, recall: 11 / 15 },
  },
  classes: {
    strong: { min: 34, max: 96 },
    middling: { min: 19, max: 45 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 11 },
    negated: { min: 0, max: 21 },
    misconception: { min: 17, max: 22 },
    'off-topic': { min: 0, max: 7 },
  },
};
