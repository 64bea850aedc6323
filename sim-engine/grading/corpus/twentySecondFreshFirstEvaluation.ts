import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The twenty-second fresh held-out set's figures (ab001–ab060, three authors) from its one evaluation
 * (2026-12-02 20:01 UTC; grader frozen at commit 70118de, `corpus22a`, `corpus22b` and `corpus22c` merged
 * after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the
 * grader was not tuned on this set before it (README.md). The corpus test checks the grader does
 * no worse than this.
 */
export const TWENTY_SECOND_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 24 / 24, recall: 24 / 27 },
    'cohort-order': { precision: 20 / 22, recall: 20 / 26 },
    thresholds: { precision: 29 / 29, recall: 29 / 30 },
    holds: { precision: 26 / 27, recall: 26 / 27 },
    'sign-off': { precision: 24 / 27, recall: 24 / 27 },
    rollback: { precision: 27 / 29, recall: 27 / 29 },
    'canary-vs-ab': { precision: 23 / 23, recall: 23 / 24 },
    'model-metrics': { precision: 14 / 15, recall: 14 / 15 },
  },
  classes: {
    strong: { min: 16, max: 95 },
    middling: { min: 29, max: 47 },
    weak: { min: 0, max: 7 },
    salad: { min: 2, max: 23 },
    negated: { min: 0, max: 22 },
    misconception: { min: 19, max: 56 },
    'off-topic': { min: 0, max: 7 },
  },
};
