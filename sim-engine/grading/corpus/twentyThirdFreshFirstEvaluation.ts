import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The twenty-third fresh held-out set's figures (ac001–ac060, three authors) from its one
 * evaluation (2026-12-02 23:02 UTC; grader frozen at commit 25b5087, `corpus23a`, `corpus23b` and
 * `corpus23c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record,
 * not a target: the grader was not tuned on this set before it (README.md). The corpus test
 * checks the grader does no worse than this.
 */
export const TWENTY_THIRD_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 24 / 24, recall: 24 / 27 },
    'cohort-order': { precision: 23 / 23, recall: 23 / 27 },
    thresholds: { precision: 27 / 29, recall: 27 / 27 },
    holds: { precision: 28 / 29, recall: 28 / 31 },
    'sign-off': { precision: 26 / 27, recall: 26 / 27 },
    rollback: { precision: 27 / 30, recall: 27 / 28 },
    'canary-vs-ab': { precision: 20 / 23, recall: 20 / 24 },
    'model-metrics': { precision: 15 / 17, recall: 15 / 15 },
  },
  classes: {
    strong: { min: 26, max: 96 },
    middling: { min: 19, max: 40 },
    weak: { min: 0, max: 17 },
    salad: { min: 4, max: 70 },
    negated: { min: 0, max: 16 },
    misconception: { min: 19, max: 53 },
    'off-topic': { min: 0, max: 8 },
  },
};
