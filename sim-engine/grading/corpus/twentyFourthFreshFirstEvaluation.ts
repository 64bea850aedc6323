import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The twenty-fourth fresh held-out set's figures (ad001–ad060, three authors) from its one
 * evaluation (2026-12-02 23:39 UTC; grader frozen at commit 1a800d0, `corpus24a`, `corpus24b` and
 * `corpus24c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record,
 * not a target: the grader was not tuned on this set before it (README.md). The corpus test
 * checks the grader does no worse than this.
 */
export const TWENTY_FOURTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 26, recall: 26 / 27 },
    'cohort-order': { precision: 25 / 26, recall: 25 / 28 },
    thresholds: { precision: 24 / 24, recall: 24 / 27 },
    holds: { precision: 26 / 28, recall: 26 / 28 },
    'sign-off': { precision: 24 / 24, recall: 24 / 27 },
    rollback: { precision: 29 / 29, recall: 29 / 29 },
    'canary-vs-ab': { precision: 23 / 24, recall: 23 / 24 },
    'model-metrics': { precision: 15 / 16, recall: 15 / 15 },
  },
  classes: {
    strong: { min: 37, max: 97 },
    middling: { min: 29, max: 46 },
    weak: { min: 7, max: 13 },
    salad: { min: 3, max: 14 },
    negated: { min: 0, max: 16 },
    misconception: { min: 20, max: 63 },
    'off-topic': { min: 0, max: 7 },
  },
};
