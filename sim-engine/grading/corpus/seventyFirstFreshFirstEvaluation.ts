import type { FreshEvaluationRecord } from './freshFirstEvaluation';

/**
 * The seventy-first fresh held-out set's figures (by001–by060, three authors) from its one
 * evaluation (2026-12-05 05:04 UTC; grader frozen at commit 3fdcaa7, `corpus71a`, `corpus71b` and
 * `corpus71c` merged after it), copied from `npx tsx test/bench/grading.bench.ts`. A record, not a
 * target: the grader was not tuned on this set before it (README.md). The corpus test checks the
 * grader does no worse than this.
 */
export const SEVENTY_FIRST_FRESH_FIRST_EVALUATION: FreshEvaluationRecord = {
  points: {
    'pm-owns': { precision: 26 / 27, recall: 26 / 28 },
    'cohort-order': { precision: 31 / 31, recall: 31 / 31 },
    thresholds: { precision: 23 / 23, recall: 23 / 25 },
    holds: { precision: 19 / 19, recall: 19 / 29 },
    'sign-off': { precision: 14 / 14, recall: 14 / 26 },
    rollback: { precision: 27 / 27, recall: 27 / 30 },
    'canary-vs-ab': { precision: 22 / 23, recall: 22 / 24 },
    'model-metrics': { precision: 16 / 16, recall: 16 / 18 },
  },
  classes: {
    strong: { min: 35, max: 96 },
    middling: { min: 17, max: 45 },
    weak: { min: 0, max: 7 },
    salad: { min: 0, max: 11 },
    negated: { min: 0, max: 26 },
    misconception: { min: 15, max: 51 },
    'off-topic': { min: 0, max: 8 },
  },
};
