import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The nineteenth fresh held-out set's figures (l001–l060, three authors) from its one evaluation
 * (2026-12-02 16:47 UTC; grader frozen at commit c4f31d4, `corpus19a`, `corpus19b` and `corpus19c` merged
 * after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the
 * grader was not tuned on this set before it (README.md). The corpus test checks the grader does
 * no worse than this.
 */
export const NINETEENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 24 / 24, recall: 24 / 26 },
    'cohort-order': { precision: 25 / 29, recall: 25 / 28 },
    thresholds: { precision: 24 / 25, recall: 24 / 26 },
    holds: { precision: 28 / 30, recall: 28 / 28 },
    'sign-off': { precision: 23 / 26, recall: 23 / 27 },
    rollback: { precision: 28 / 29, recall: 28 / 30 },
    'canary-vs-ab': { precision: 21 / 23, recall: 21 / 24 },
    'model-metrics': { precision: 14 / 16, recall: 14 / 15 },
  },
  classes: {
    strong: { min: 32, max: 98 },
    middling: { min: 27, max: 48 },
    weak: { min: 0, max: 17 },
    salad: { min: 4, max: 75 },
    negated: { min: 0, max: 35 },
    misconception: { min: 19, max: 62 },
    'off-topic': { min: 0, max: 7 },
  },
};
