import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The seventeenth fresh held-out set's figures (b001–b060, three authors) from its one evaluation
 * (2026-12-02 14:40 UTC; grader frozen at commit d1fdd4c, `corpus17a`, `corpus17b` and `corpus17c` merged
 * after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a target: the
 * grader was not tuned on this set before it (README.md). The corpus test checks the grader does
 * no worse than this.
 */
export const SEVENTEENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 25 / 25, recall: 25 / 26 },
    'cohort-order': { precision: 28 / 28, recall: 28 / 29 },
    thresholds: { precision: 27 / 29, recall: 27 / 27 },
    holds: { precision: 28 / 29, recall: 28 / 29 },
    'sign-off': { precision: 24 / 26, recall: 24 / 26 },
    rollback: { precision: 25 / 26, recall: 25 / 28 },
    'canary-vs-ab': { precision: 23 / 24, recall: 23 / 24 },
    'model-metrics': { precision: 7 / 7, recall: 7 / 10 },
  },
  classes: {
    strong: { min: 67, max: 98 },
    middling: { min: 21, max: 47 },
    weak: { min: 0, max: 13 },
    salad: { min: 4, max: 16 },
    negated: { min: 0, max: 26 },
    misconception: { min: 17, max: 62 },
    'off-topic': { min: 0, max: 16 },
  },
};
