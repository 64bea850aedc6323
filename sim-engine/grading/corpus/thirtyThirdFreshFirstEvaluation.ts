import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The thirty-third fresh held-out set's figures (am001–am060, three authors) from its one evaluation
 * (2026-12-03 08:12 UTC; grader frozen at commit 566abc2, `corpus33a`, `corpus33b` and `corpus33c` merged
 * after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the
 * grader was not tuned on this set before it (README.md). The corpus test checks the grader does
 * no worse than this.
 */
export const THIRTY_THIRD_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 24 / 24, recall: 24 / 27 },
    'cohort-order': { precision: 27 / 27, recall: 27 / 27 },
    thresholds: { precision: 24 / 24, recall: 24 / 27 },
    holds: { precision: 26 / 27, recall: 26 / 30 },
    'sign-off': { precision: 25 / 27, recall: 25 / 26 },
    rollback: { precision: 30 / 30, recall: 30 / 30 },
    'canary-vs-ab': { precision: 23 / 23, recall: 23 / 24 },
    'model-metrics': { precision: 13 / 13, recall: 13 / 15 },
  },
  classes: {
    strong: { min: 26, max: 99 },
    middling: { min: 18, max: 48 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 5 },
    negated: { min: 0, max: 15 },
    misconception: { min: 16, max: 27 },
    'off-topic': { min: 0, max: 12 },
  },
};
