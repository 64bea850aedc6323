import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The ninety-seventh fresh held-out set's figures (cy001–cy060, three authors) from its one
 * evaluation (2026-12-06 06:17 UTC; grader frozen at commit 1e0d36e, `corpus97a`, `corpus97b` and
 * `corpus97c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const NINETY_SEVENTH_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 28, recall: 26 / 28 },
    'cohort-order': { precision: 31 / 33, recall: 31 / 31 },
    thresholds: { precision: 24 / 26, recall: 24 / 24 },
    holds: { precision: 29 / 29, recall: 29 / 30 },
    'sign-off': { precision: 25 / 25, recall: 25 / 27 },
    rollback: { precision: 26 / 27, recall: 26 / 27 },
    'canary-vs-ab': { precision: 22 / 23, recall: 22 / 23 },
    'model-metrics': { precision: 15 / 17, recall: 15 / 19 },
  },
  classes: {
    strong: { min: 68, max: 100 },
    middling: { min: 10, max: 42 },
    weak: { min: 0, max: 13 },
    salad: { min: 1, max: 22 },
    negated: { min: 0, max: 35 },
    misconception: { min: 19, max: 29 },
    'off-topic': { min: 0, max: 7 },
  },
};
